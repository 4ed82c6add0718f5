import GRDB
import Profiles

extension Schema {
    /// Placements with their progression, the citizens' hours history (seeded with today's
    /// hours), the upgraded-match record, and a slot's count of active placements.
    static func createPlacements(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE placement (
                  id TEXT PRIMARY KEY NOT NULL,
                  citizenId TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
                  vacancyId TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
                  source TEXT NOT NULL CHECK (source IN ('opening','slot')),
                  companyId TEXT NOT NULL REFERENCES company(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL CHECK (kind IN ('flexJob','ordinaryHours','workTrial','wageSubsidy')),
                  startDate DATETIME NOT NULL,
                  plannedEnd DATETIME,
                  agreedHours REAL NOT NULL CHECK (agreedHours BETWEEN 0 AND 48),
                  mentorName TEXT CHECK (mentorName IS NULL OR length(mentorName) <= 200),
                  interestId TEXT REFERENCES interest(id) ON DELETE SET NULL,
                  state TEXT NOT NULL CHECK (state IN ('active','ended')),
                  endDate DATETIME,
                  outcome TEXT,
                  endedByRole TEXT,
                  endedByScope TEXT,
                  endedByToken TEXT,
                  endText TEXT CHECK (endText IS NULL OR length(endText) <= 500),
                  createdByRole TEXT NOT NULL,
                  createdByScope TEXT,
                  createdByToken TEXT,
                  createdAt DATETIME NOT NULL,
                  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
                  followUpStartSentAt DATETIME,
                  followUpEndSentAt DATETIME,
                  CHECK ((state = 'ended') = (endDate IS NOT NULL AND outcome IS NOT NULL))
                );
                CREATE INDEX placement_citizen ON placement(citizenId, state);
                CREATE INDEX placement_vacancy ON placement(vacancyId, state);
                CREATE INDEX placement_company ON placement(companyId, state);
                CREATE INDEX placement_start ON placement(startDate);
                CREATE TABLE placementProgress (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  placementId TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
                  date DATETIME NOT NULL,
                  weeklyHours REAL NOT NULL CHECK (weeklyHours BETWEEN 0 AND 48),
                  paidHours REAL NOT NULL CHECK (paidHours BETWEEN 0 AND weeklyHours),
                  note TEXT NOT NULL CHECK (length(note) <= 500),
                  recordedByRole TEXT,
                  recordedByScope TEXT,
                  recordedByToken TEXT
                );
                CREATE INDEX placementProgress_placement ON placementProgress(placementId, date);
                CREATE TABLE citizenHoursHistory (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  citizenId TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
                  at DATETIME NOT NULL,
                  current REAL NOT NULL,
                  target REAL NOT NULL
                );
                CREATE INDEX citizenHoursHistory_citizen ON citizenHoursHistory(citizenId, at);
                INSERT INTO citizenHoursHistory (citizenId, at, current, target)
                  SELECT id, createdAt, hoursCurrent, hoursTarget FROM citizen;
                CREATE TABLE matchUpgraded (
                  citizenId TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
                  vacancyId TEXT NOT NULL,
                  at DATETIME NOT NULL,
                  PRIMARY KEY (citizenId, vacancyId)
                ) WITHOUT ROWID;
                ALTER TABLE vacancy ADD COLUMN placed INTEGER NOT NULL DEFAULT 0 CHECK (placed >= 0);
                """)
    }
}
