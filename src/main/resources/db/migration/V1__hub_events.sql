-- The web pages' read model: the hub's audit trail, one row a line. Rebuildable from data/audit at any time;
-- the line's SHA-256 is its key, so replaying the trail over rows already here adds nothing twice.
create table hub_event (
    line_id   varchar(64)    not null primary key,
    at_ms     bigint         not null,
    reference varchar(100),
    event     varchar(100)   not null,
    detail    varchar(20000) not null
);
create index hub_event_by_reference on hub_event (reference, at_ms);
create index hub_event_by_event on hub_event (event, at_ms);
