//! The clock beside the answers: business calendars and first-response
//! deadlines.

pub(crate) mod calendar;
pub(crate) mod deadline;
