import GRDB
import Profiles

extension Schema {
    /// Interests with their history, consents, and the append-only access log.
    static func createInterests(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE interest (
                  id TEXT PRIMARY KEY NOT NULL,
                  citizenId TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
                  vacancyId TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
                  source TEXT NOT NULL CHECK (source IN ('opening','slot')),
                  companyId TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                  initiator TEXT NOT NULL CHECK (initiator IN ('company','citizen','consultant')),
                  createdByRole TEXT NOT NULL,
                  createdByScope TEXT,
                  createdByToken TEXT,
                  message TEXT NOT NULL CHECK (length(message) <= 2000),
                  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
                  state TEXT NOT NULL CHECK (state IN ('pending','accepted','declined','withdrawn','expired')),
                  citizenAnswer TEXT NOT NULL CHECK (citizenAnswer IN ('pending','accepted','declined')),
                  companyAnswer TEXT NOT NULL CHECK (companyAnswer IN ('pending','accepted','declined')),
                  citizenAnsweredAt DATETIME,
                  companyAnsweredAt DATETIME,
                  answeredAt DATETIME,
                  sharedNeeds TEXT NOT NULL CHECK (json_valid(sharedNeeds)),
                  declineReason TEXT,
                  declineText TEXT CHECK (declineText IS NULL OR length(declineText) <= 500),
                  remindedAt DATETIME,
                  closedAt DATETIME,
                  createdAt DATETIME NOT NULL
                );
                CREATE INDEX interest_citizen ON interest(citizenId, state);
                CREATE INDEX interest_company ON interest(companyId, initiator, createdAt);
                CREATE INDEX interest_pair ON interest(citizenId, vacancyId, state);
                CREATE INDEX interest_pending ON interest(state, createdAt);
                CREATE TABLE interestEvent (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  interestId TEXT NOT NULL REFERENCES interest(id) ON DELETE CASCADE,
                  at DATETIME NOT NULL,
                  change TEXT NOT NULL,
                  side TEXT,
                  actorRole TEXT,
                  actorScope TEXT,
                  actorToken TEXT,
                  reason TEXT
                );
                CREATE INDEX interestEvent_interest ON interestEvent(interestId, id);
                CREATE TABLE consent (
                  id TEXT PRIMARY KEY NOT NULL,
                  citizenId TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
                  companyId TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                  interestId TEXT NOT NULL UNIQUE REFERENCES interest(id) ON DELETE CASCADE,
                  sharedNeeds TEXT NOT NULL CHECK (json_valid(sharedNeeds)),
                  givenAt DATETIME NOT NULL,
                  revokedAt DATETIME
                );
                CREATE INDEX consent_citizen ON consent(citizenId, givenAt);
                CREATE TABLE accessLog (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  at DATETIME NOT NULL,
                  tokenId TEXT,
                  role TEXT NOT NULL,
                  scope TEXT,
                  citizenId TEXT NOT NULL,
                  kinds TEXT NOT NULL CHECK (json_valid(kinds)),
                  route TEXT NOT NULL,
                  requestId TEXT NOT NULL
                );
                CREATE INDEX accessLog_citizen ON accessLog(citizenId, id);
                CREATE INDEX accessLog_at ON accessLog(at);
                CREATE TRIGGER accessLog_appendOnly BEFORE UPDATE ON accessLog
                BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                """)
    }
}
