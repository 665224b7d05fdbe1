-- PostGIS must be installed in the database (CI and the README create it as a superuser);
-- this is a no-op then, and a clear error when it is missing.
CREATE EXTENSION IF NOT EXISTS postgis;
