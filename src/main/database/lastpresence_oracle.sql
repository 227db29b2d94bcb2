-- Last Presence: one row per user, the last unavailable presence of the user's last resource.
CREATE TABLE ofLastPresence (
  username      VARCHAR2(64)    NOT NULL,
  resourceName  VARCHAR2(1023)  NOT NULL,
  statusText    VARCHAR2(1024),
  stanza        CLOB,
  offlineDate   NUMBER(19)      NOT NULL,
  CONSTRAINT ofLastPresence_pk PRIMARY KEY (username)
);
CREATE INDEX ofLastPresence_date_idx ON ofLastPresence (offlineDate);

INSERT INTO ofVersion (name, version) VALUES ('lastpresence', 1);
