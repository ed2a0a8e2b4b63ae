-- Sessions are stored as JSON from now on (SessionStorage); those written with Java serialisation
-- before are dropped: their users log in again once.
delete from spring_session_attributes;
delete from spring_session;
