-- Last Presence: one row per user, the last unavailable presence of the user's last resource.
CREATE TABLE ofLastPresence (
  username      VARCHAR(64)    NOT NULL,
  resourceName  VARCHAR(1023)  NOT NULL,
  statusText    VARCHAR(1024),
  stanza        CLOB,
  offlineDate   BIGINT         NOT NULL,
  CONSTRAINT ofLastPresence_pk PRIMARY KEY (username)
);
CREATE INDEX ofLastPresence_date_idx ON ofLastPresence (offlineDate);

INSERT INTO ofVersion (name, version) VALUES ('lastpresence', 1);
