//! A request checked once, decided many times.

use crate::answers::assessment::assess_valid;
use crate::rules::engine::decide_valid;
use crate::{Assessment, Decision, Error, Request};

/// A request whose facts have been validated ([`Request::validate`]), so
/// deciding it cannot fail and does not check the facts again.
///
/// [`decide`](crate::decide) and [`assess`](crate::assess) validate on every
/// call; a service that decides the same request several times (or reads it
/// once and then decides in a hot loop) validates once with
/// [`Request::validated`] and decides through this handle.
///
/// ```
/// use csp_support::{samples, Outcome};
/// let request = samples::direct_partner_office365();
/// let checked = request.validated()?;
/// assert_eq!(checked.decide().outcome, Outcome::Allowed);
/// assert_eq!(checked.assess().decision, checked.decide());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validated<'a>(&'a Request);

impl Request {
    /// Validates the facts once and returns a handle that decides without
    /// checking them again.
    ///
    /// # Errors
    ///
    /// As [`Request::validate`].
    pub fn validated(&self) -> Result<Validated<'_>, Error> {
        self.validate()?;
        Ok(Validated(self))
    }
}

impl<'a> Validated<'a> {
    /// The request.
    #[must_use]
    pub const fn request(self) -> &'a Request {
        self.0
    }

    /// The eligibility decision, as [`decide`](crate::decide) answers it.
    #[must_use]
    pub fn decide(self) -> Decision {
        decide_valid(self.0)
    }

    /// Every answer but the deadline, as [`assess`](crate::assess) gives them.
    #[must_use]
    pub fn assess(self) -> Assessment {
        assess_valid(self.0)
    }
}
