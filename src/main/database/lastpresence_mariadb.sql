# Last Presence: one row per user, the last unavailable presence of the user's last resource.
CREATE TABLE ofLastPresence (
  username      VARCHAR(64)    NOT NULL,
  resourceName  VARCHAR(1023)  NOT NULL,
  statusText    VARCHAR(1024),
  stanza        TEXT,
  offlineDate   BIGINT         NOT NULL,
  PRIMARY KEY (username),
  INDEX ofLastPresence_date_idx (offlineDate)
);

INSERT INTO ofVersion (name, version) VALUES ('lastpresence', 1);
