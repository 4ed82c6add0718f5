import GRDB

extension Schema {
    /// Accounts (people), the tokens that now belong to them, sign-in links, link requests and
    /// sessions. Every existing token gets an account: one per role and scope, named
    /// "API-klient", without an address (it cannot sign in by link until one is given).
    static func createAccounts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE account (
                  id TEXT PRIMARY KEY NOT NULL,
                  role TEXT NOT NULL CHECK (role IN ('admin','consultant','company','citizen')),
                  municipalityCode TEXT CHECK (municipalityCode IS NULL OR length(municipalityCode) = 3),
                  companyId TEXT REFERENCES company(id) ON DELETE CASCADE,
                  citizenId TEXT REFERENCES citizen(id) ON DELETE CASCADE,
                  email TEXT UNIQUE CHECK (email IS NULL OR (length(email) <= 254 AND email = lower(email))),
                  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                  language TEXT NOT NULL CHECK (language IN ('da','en')),
                  lastSignInAt DATETIME,
                  disabledAt DATETIME,
                  version INTEGER NOT NULL,
                  createdAt DATETIME NOT NULL,
                  updatedAt DATETIME NOT NULL,
                  CHECK ((role = 'consultant') = (municipalityCode IS NOT NULL)),
                  CHECK ((role = 'company') = (companyId IS NOT NULL)),
                  CHECK ((role = 'citizen') = (citizenId IS NOT NULL))
                );
                CREATE UNIQUE INDEX account_citizen ON account(citizenId) WHERE citizenId IS NOT NULL;
                CREATE INDEX account_company ON account(companyId) WHERE companyId IS NOT NULL;
                CREATE INDEX account_municipality ON account(municipalityCode) WHERE municipalityCode IS NOT NULL;

                INSERT INTO account (id, role, municipalityCode, companyId, citizenId, email, name, language, version, createdAt, updatedAt)
                  SELECT min(id), role, municipalityCode, companyId, citizenId, NULL, 'API-klient', 'da', 1, min(createdAt), min(createdAt)
                  FROM apiToken GROUP BY role, municipalityCode, companyId, citizenId;

                CREATE TABLE apiTokenByAccount (
                  id TEXT PRIMARY KEY NOT NULL,
                  tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64),
                  accountId TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                  label TEXT CHECK (label IS NULL OR length(label) <= 200),
                  createdAt DATETIME NOT NULL,
                  revokedAt DATETIME
                );
                INSERT INTO apiTokenByAccount (id, tokenHash, accountId, label, createdAt, revokedAt)
                  SELECT t.id, t.tokenHash, a.id, t.label, t.createdAt, t.revokedAt
                  FROM apiToken t JOIN account a ON a.role = t.role AND a.municipalityCode IS t.municipalityCode
                    AND a.companyId IS t.companyId AND a.citizenId IS t.citizenId;
                DROP TABLE apiToken;
                ALTER TABLE apiTokenByAccount RENAME TO apiToken;
                CREATE INDEX apiToken_account ON apiToken(accountId);

                CREATE TABLE signInLink (
                  id TEXT PRIMARY KEY NOT NULL,
                  tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64),
                  accountId TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                  browserHash TEXT CHECK (browserHash IS NULL OR length(browserHash) = 64),
                  createdAt DATETIME NOT NULL,
                  expiresAt DATETIME NOT NULL,
                  usedAt DATETIME
                );
                CREATE INDEX signInLink_account ON signInLink(accountId);
                CREATE INDEX signInLink_expiry ON signInLink(expiresAt);

                CREATE TABLE signInRequest (
                  at DATETIME NOT NULL,
                  addressHash TEXT NOT NULL CHECK (length(addressHash) = 64),
                  client TEXT NOT NULL CHECK (length(client) <= 64)
                );
                CREATE INDEX signInRequest_address ON signInRequest(addressHash, at);
                CREATE INDEX signInRequest_client ON signInRequest(client, at);
                CREATE INDEX signInRequest_at ON signInRequest(at);

                CREATE TABLE session (
                  id TEXT PRIMARY KEY NOT NULL,
                  secretHash TEXT NOT NULL UNIQUE CHECK (length(secretHash) = 64),
                  accountId TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                  createdAt DATETIME NOT NULL,
                  lastSeenAt DATETIME NOT NULL,
                  expiresAt DATETIME NOT NULL,
                  endedAt DATETIME,
                  endReason TEXT CHECK (endReason IS NULL OR endReason IN ('signedOut','revoked','accountDisabled')),
                  clientAddress TEXT CHECK (clientAddress IS NULL OR length(clientAddress) <= 64),
                  userAgent TEXT CHECK (userAgent IS NULL OR length(userAgent) <= 200)
                );
                CREATE INDEX session_account ON session(accountId);
                CREATE INDEX session_expiry ON session(expiresAt);
                """)
    }
}
