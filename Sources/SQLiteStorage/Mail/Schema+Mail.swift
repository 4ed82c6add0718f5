import GRDB

extension Schema {
    /// The mail outbox: one row per message (`QueuedMail`), due by status and time, and a log of
    /// its attempts. `category` has no CHECK, so a later category needs no migration; `accountId`
    /// names an account without a foreign key (accounts come in a later migration).
    static func createMailOutbox(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mailMessage (
                  id TEXT PRIMARY KEY NOT NULL,
                  messageId TEXT NOT NULL UNIQUE CHECK (length(messageId) BETWEEN 3 AND 255),
                  toAddress TEXT NOT NULL CHECK (length(toAddress) BETWEEN 3 AND 254),
                  toName TEXT CHECK (toName IS NULL OR length(toName) <= 200),
                  subject TEXT NOT NULL CHECK (length(subject) <= 998),
                  text TEXT NOT NULL,
                  html TEXT NOT NULL,
                  category TEXT NOT NULL,
                  accountId TEXT,
                  createdAt DATETIME NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('pending','sent','failed')),
                  attemptCount INTEGER NOT NULL CHECK (attemptCount >= 0),
                  nextAttemptAt DATETIME,
                  lastAttemptAt DATETIME,
                  lastError TEXT,
                  sentAt DATETIME,
                  CHECK (status <> 'pending' OR nextAttemptAt IS NOT NULL)
                );
                CREATE INDEX mailMessage_due ON mailMessage(status, nextAttemptAt);
                CREATE INDEX mailMessage_created ON mailMessage(createdAt, id);
                CREATE TABLE mailAttempt (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  mailId TEXT NOT NULL REFERENCES mailMessage(id) ON DELETE CASCADE,
                  attemptedAt DATETIME NOT NULL,
                  smtpCode INTEGER,
                  durationMs INTEGER NOT NULL CHECK (durationMs >= 0),
                  error TEXT
                );
                CREATE INDEX mailAttempt_mail ON mailAttempt(mailId, id);
                """)
    }
}
