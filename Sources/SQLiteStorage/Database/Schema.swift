import GRDB
import Profiles

/// The schema as named migrations: an existing database upgrades in place, never rebuilt. Raw
/// SQL (DDL): a migration must make the same tables on every database, whatever the records become.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-profiles", migrate: createProfiles)
        migrator.registerMigration("v1-tokens", migrate: createTokens)
        migrator.registerMigration("v2-webhooks", migrate: createWebhooks)
        migrator.registerMigration("v3-vacancy", migrate: mergeVacancies)
        migrator.registerMigration("v4-interests", migrate: createInterests)
        migrator.registerMigration("v5-placements", migrate: createPlacements)
        migrator.registerMigration("v6-slot-occupied-outside", migrate: renameOccupiedOutside)
        migrator.registerMigration("v7-mail-outbox", migrate: createMailOutbox)
        migrator.registerMigration("v8-accounts", migrate: createAccounts)
        return migrator
    }

    private static let kinds = "('flexJob','ordinaryHours','workTrial','wageSubsidy')"

    private static func createProfiles(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE citizen (
                  id TEXT PRIMARY KEY NOT NULL,
                  municipalityCode TEXT NOT NULL CHECK (length(municipalityCode) = 3),
                  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                  email TEXT CHECK (email IS NULL OR length(email) <= 254),
                  phone TEXT CHECK (phone IS NULL OR length(phone) <= 32),
                  status TEXT NOT NULL CHECK (status IN ('flexJobApproved','resourceProgramme','activityReady','jobReady')),
                  hoursCurrent REAL NOT NULL CHECK (hoursCurrent BETWEEN 0 AND 48),
                  hoursTarget REAL NOT NULL CHECK (hoursTarget BETWEEN hoursCurrent AND 48),
                  competencies TEXT NOT NULL CHECK (json_valid(competencies)),
                  jobGoals TEXT NOT NULL CHECK (json_valid(jobGoals)),
                  needs TEXT NOT NULL CHECK (json_valid(needs)),
                  acceptedKinds TEXT NOT NULL CHECK (json_valid(acceptedKinds) AND json_array_length(acceptedKinds) >= 1),
                  lat REAL NOT NULL CHECK (lat BETWEEN 54.5 AND 57.8),
                  lon REAL NOT NULL CHECK (lon BETWEEN 8.0 AND 15.3),
                  maxCommuteKm REAL NOT NULL CHECK (maxCommuteKm BETWEEN 0 AND 200),
                  visibleToCompanies INTEGER NOT NULL CHECK (visibleToCompanies IN (0, 1)),
                  version INTEGER NOT NULL CHECK (version >= 1),
                  createdAt DATETIME NOT NULL,
                  updatedAt DATETIME NOT NULL
                );
                CREATE INDEX citizen_municipality ON citizen(municipalityCode, id);

                CREATE TABLE company (
                  id TEXT PRIMARY KEY NOT NULL,
                  cvr TEXT NOT NULL UNIQUE CHECK (length(cvr) = 8),
                  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                  industry TEXT NOT NULL CHECK (length(industry) = 6),
                  municipalityCode TEXT NOT NULL CHECK (length(municipalityCode) = 3),
                  lat REAL NOT NULL CHECK (lat BETWEEN 54.5 AND 57.8),
                  lon REAL NOT NULL CHECK (lon BETWEEN 8.0 AND 15.3),
                  contactEmail TEXT CHECK (contactEmail IS NULL OR length(contactEmail) <= 254),
                  version INTEGER NOT NULL CHECK (version >= 1),
                  createdAt DATETIME NOT NULL,
                  updatedAt DATETIME NOT NULL
                );
                CREATE INDEX company_municipality ON company(municipalityCode, id);
                """)
        for table in ["opening", "slot"] {
            let slotColumns =
                table == "slot"
                ? """
                  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
                  occupied INTEGER NOT NULL CHECK (occupied BETWEEN 0 AND capacity),
                """ : ""
            try db.execute(
                sql: """
                    CREATE TABLE \(table) (
                      id TEXT PRIMARY KEY NOT NULL,
                      companyId TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
                      description TEXT NOT NULL CHECK (length(description) <= 5000),
                      occupationCode TEXT,
                      kind TEXT NOT NULL CHECK (kind IN \(kinds)),
                      status TEXT NOT NULL CHECK (status IN ('open','closed')),
                      \(slotColumns)
                      hoursMin REAL NOT NULL CHECK (hoursMin BETWEEN 0 AND 48),
                      hoursMax REAL NOT NULL CHECK (hoursMax BETWEEN hoursMin AND 48),
                      competencies TEXT NOT NULL CHECK (json_valid(competencies)),
                      offers TEXT NOT NULL CHECK (json_valid(offers)),
                      demands TEXT NOT NULL CHECK (json_valid(demands)),
                      lat REAL NOT NULL CHECK (lat BETWEEN 54.5 AND 57.8),
                      lon REAL NOT NULL CHECK (lon BETWEEN 8.0 AND 15.3),
                      remote INTEGER NOT NULL CHECK (remote IN (0, 1)),
                      version INTEGER NOT NULL CHECK (version >= 1),
                      createdAt DATETIME NOT NULL,
                      updatedAt DATETIME NOT NULL
                    );
                    CREATE INDEX \(table)_company ON \(table)(companyId, id);
                    CREATE INDEX \(table)_status ON \(table)(status, id);
                    """)
        }
    }

    private static func createTokens(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE apiToken (
                  id TEXT PRIMARY KEY NOT NULL,
                  tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64),
                  role TEXT NOT NULL CHECK (role IN ('admin','consultant','company','citizen')),
                  municipalityCode TEXT CHECK (municipalityCode IS NULL OR length(municipalityCode) = 3),
                  companyId TEXT REFERENCES company(id) ON DELETE CASCADE,
                  citizenId TEXT REFERENCES citizen(id) ON DELETE CASCADE,
                  label TEXT CHECK (label IS NULL OR length(label) <= 200),
                  createdAt DATETIME NOT NULL,
                  revokedAt DATETIME,
                  CHECK (role <> 'consultant' OR municipalityCode IS NOT NULL),
                  CHECK (role <> 'company' OR companyId IS NOT NULL),
                  CHECK (role <> 'citizen' OR citizenId IS NOT NULL)
                );
                """)
    }

    private static func createWebhooks(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE webhook (
                  id TEXT PRIMARY KEY NOT NULL,
                  ownerRole TEXT NOT NULL CHECK (ownerRole IN ('admin','consultant','company','citizen')),
                  ownerMunicipalityCode TEXT,
                  ownerCompanyId TEXT REFERENCES company(id) ON DELETE CASCADE,
                  ownerCitizenId TEXT REFERENCES citizen(id) ON DELETE CASCADE,
                  url TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
                  events TEXT NOT NULL CHECK (json_valid(events) AND json_array_length(events) >= 1),
                  minScore REAL NOT NULL CHECK (minScore BETWEEN 0 AND 100),
                  description TEXT CHECK (description IS NULL OR length(description) <= 500),
                  secret TEXT NOT NULL,
                  previousSecret TEXT,
                  previousSecretExpiresAt DATETIME,
                  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
                  disabledReason TEXT,
                  createdAt DATETIME NOT NULL
                );
                CREATE TABLE webhookDelivery (
                  id TEXT PRIMARY KEY NOT NULL,
                  webhookId TEXT NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
                  eventType TEXT NOT NULL,
                  payload TEXT NOT NULL CHECK (json_valid(payload)),
                  status TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')),
                  attemptCount INTEGER NOT NULL CHECK (attemptCount >= 0),
                  nextAttemptAt DATETIME,
                  createdAt DATETIME NOT NULL,
                  CHECK (status <> 'pending' OR nextAttemptAt IS NOT NULL)
                );
                CREATE INDEX webhookDelivery_due ON webhookDelivery(status, nextAttemptAt);
                CREATE INDEX webhookDelivery_webhook ON webhookDelivery(webhookId);
                CREATE TABLE webhookAttempt (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  deliveryId TEXT NOT NULL REFERENCES webhookDelivery(id) ON DELETE CASCADE,
                  attemptedAt DATETIME NOT NULL,
                  httpStatus INTEGER,
                  durationMs INTEGER NOT NULL CHECK (durationMs >= 0),
                  error TEXT
                );
                CREATE INDEX webhookAttempt_delivery ON webhookAttempt(deliveryId, id);
                CREATE TABLE webhookMatchNotified (
                  webhookId TEXT NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
                  citizenId TEXT NOT NULL,
                  vacancyId TEXT NOT NULL,
                  PRIMARY KEY (webhookId, citizenId, vacancyId)
                ) WITHOUT ROWID;
                """)
    }

    /// Openings and slots become one `vacancy` table with a `source`; only slots have places.
    private static func mergeVacancies(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE vacancy (
                  id TEXT PRIMARY KEY NOT NULL,
                  companyId TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                  source TEXT NOT NULL CHECK (source IN ('opening','slot')),
                  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
                  description TEXT NOT NULL CHECK (length(description) <= 5000),
                  occupationCode TEXT,
                  kind TEXT NOT NULL CHECK (kind IN \(kinds)),
                  status TEXT NOT NULL CHECK (status IN ('open','closed')),
                  capacity INTEGER CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 500),
                  occupied INTEGER CHECK (occupied IS NULL OR occupied BETWEEN 0 AND capacity),
                  hoursMin REAL NOT NULL CHECK (hoursMin BETWEEN 0 AND 48),
                  hoursMax REAL NOT NULL CHECK (hoursMax BETWEEN hoursMin AND 48),
                  competencies TEXT NOT NULL CHECK (json_valid(competencies)),
                  offers TEXT NOT NULL CHECK (json_valid(offers)),
                  demands TEXT NOT NULL CHECK (json_valid(demands)),
                  lat REAL NOT NULL CHECK (lat BETWEEN 54.5 AND 57.8),
                  lon REAL NOT NULL CHECK (lon BETWEEN 8.0 AND 15.3),
                  remote INTEGER NOT NULL CHECK (remote IN (0, 1)),
                  version INTEGER NOT NULL CHECK (version >= 1),
                  createdAt DATETIME NOT NULL,
                  updatedAt DATETIME NOT NULL,
                  CHECK ((source = 'slot') = (capacity IS NOT NULL AND occupied IS NOT NULL))
                );
                INSERT INTO vacancy (id, companyId, source, title, description, occupationCode, kind, status, capacity, occupied,
                                     hoursMin, hoursMax, competencies, offers, demands, lat, lon, remote, version, createdAt, updatedAt)
                  SELECT id, companyId, 'opening', title, description, occupationCode, kind, status, NULL, NULL,
                         hoursMin, hoursMax, competencies, offers, demands, lat, lon, remote, version, createdAt, updatedAt
                  FROM opening;
                INSERT INTO vacancy (id, companyId, source, title, description, occupationCode, kind, status, capacity, occupied,
                                     hoursMin, hoursMax, competencies, offers, demands, lat, lon, remote, version, createdAt, updatedAt)
                  SELECT id, companyId, 'slot', title, description, occupationCode, kind, status, capacity, occupied,
                         hoursMin, hoursMax, competencies, offers, demands, lat, lon, remote, version, createdAt, updatedAt
                  FROM slot;
                DROP TABLE opening;
                DROP TABLE slot;
                CREATE INDEX vacancy_company ON vacancy(companyId, id);
                CREATE INDEX vacancy_source_status ON vacancy(source, status, id);
                """)
    }
}
