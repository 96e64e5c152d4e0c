//! English. Rule summaries are the catalogue's (`Rule::summary`); UI names
//! are those of the English Partner Center article (no seed is English).

use super::{Clock, Label, StepKey, Texts};
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct En;

impl Texts for En {
    fn rule(&self, id: RuleId) -> &'static str {
        id.rule().summary
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "Allowed",
            Outcome::Denied => "Denied",
            Outcome::NotCovered => "Not covered",
            Outcome::Redirected => "Redirected",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "Ask the customer's direct-bill partner or indirect provider to file the request."
            }
            Remedy::AskSubscriptionProviderToFile => {
                "Ask the provider of the customer's Azure subscription to file the request."
            }
            Remedy::GetAdminAgentRole => "Get the Partner Center role Admin agent.",
            Remedy::GetAdminOrHelpdeskAgentRole => {
                "Get the Partner Center role Admin agent or Helpdesk agent."
            }
            Remedy::ObtainDelegatedAdmin => {
                "Obtain delegated admin privileges (DAP) for the customer."
            }
            Remedy::EstablishActiveGdapRelationship => {
                "Set up or renew an active GDAP relationship with the customer."
            }
            Remedy::AssignUserToRelationship => {
                "Assign the user to the GDAP relationship through a security group."
            }
            Remedy::AddServiceSupportAdministrator => {
                "Add the role Service support administrator to the GDAP relationship and assign it to the user's security group."
            }
            Remedy::AssignSupportRequestContributor => {
                "Assign the role Support Request Contributor (or Owner or Contributor) on the Azure subscription."
            }
            Remedy::AskIndirectProviderForAzureAccess => {
                "Ask the indirect provider to grant you access to the customer's Azure account."
            }
            Remedy::StartFromPartnerCenter => {
                "Start from Partner Center, not from a direct sign-in."
            }
            Remedy::SignInDirectly => {
                "Sign in directly to the Azure portal or the admin center, in your own context."
            }
            Remedy::NameOwnSupportPlan => {
                "Name a support plan of your own: a partner program contract ID, Premier or an Azure support plan."
            }
            Remedy::FileThroughPartnerCenter => {
                "File the request through Partner Center; there is no phone channel."
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "a cloud this edition covers",
            Missing::CoveredWorkload => "a workload this edition covers",
            Missing::CoveredProblemKind => "a problem kind this edition covers",
            Missing::CoveredChannel => "a channel this edition names",
            Missing::MatchingPortal => "the portal that serves this workload",
            Missing::NamedEntitlement => "a support plan the article names for your own tenant",
            Missing::AllowedPartnerType => "a partner type that may file in this edition",
            Missing::SubscriptionProvider => {
                "being the provider of the customer's Azure subscription"
            }
            Missing::PartnerCenterRole => "the Partner Center role this edition requires",
            Missing::DelegatedAdmin => "delegated admin privileges (DAP)",
            Missing::ActiveRelationship => "a GDAP relationship that is active when you file",
            Missing::UserAssignment => {
                "the user's assignment to the relationship through a security group"
            }
            Missing::SufficientEntraRole => {
                "a sufficient Microsoft Entra role (for Microsoft 365: Service support administrator or Global administrator; for Azure: any built-in role)"
            }
            Missing::SupportTicketRbacRole => {
                "an Azure RBAC role that may write support tickets (Owner, Contributor or Support Request Contributor)"
            }
            Missing::AzureAccessGrant => {
                "access to the customer's Azure account, granted by the indirect provider"
            }
            Missing::AzureAccessPath => {
                "a documented way to reach the customer's Azure subscription"
            }
            Missing::CustomerRule => "a rule that covers this mix of subscriptions",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "Azure portal",
            Portal::Microsoft365AdminCenter => "Microsoft 365 admin center",
            Portal::Office365AdminCenter => "Office 365 admin center",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "Azure",
            Workload::Office365 => "Office 365",
            Workload::DynamicsCrmOnline => "Dynamics CRM Online",
            Workload::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            Workload::CommercialMarketplace => "a commercial marketplace product",
            Workload::Other => "another product",
        }
    }

    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => "a support link on the ISV's website",
            IsvContact::Email => "a support e-mail address",
            IsvContact::Phone => "a support phone number",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "none",
            OwnEntitlement::PartnerProgramContract => {
                "a partner program contract ID (Microsoft AI Cloud Partner Program; formerly MPN)"
            }
            OwnEntitlement::Premier => "Premier",
            OwnEntitlement::AzureSupportPlan => "an Azure support plan",
            OwnEntitlement::CloudSolutionProvider => "the CSP support benefit",
            OwnEntitlement::Other => "another support plan",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "no separate support fee",
            Fee::Charged => "charged",
            Fee::Free => "free",
            Fee::NotStated => "no fee stated for this kind of problem",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "stated",
            Basis::Inherited => "inherited",
            Basis::Outside => "outside the article",
            Basis::Interpreted => "interpreted",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "contact its CSP partner",
            CustomerOption::OpenRequestWithMicrosoft => {
                "open a service request with Microsoft in the Microsoft 365 admin center"
            }
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "severity A (critical)",
            Severity::B => "severity B (moderate)",
            Severity::C => "severity C (minimal)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(basis: {})",
            Label::Missing => "Missing:",
            Label::Advice => "Advice:",
            Label::Route => "Route:",
            Label::Plan => "Plan:",
            Label::Fee => "Fee:",
            Label::Source => "Source:",
            Label::Quote => "\"{}\"",
            Label::ListSeparator => "; ",
            Label::HoldsUntil => "holds until {}",
            Label::RenewsByDays => "renews by {} days",
            Label::PayableWithBenefits => {
                "payable with Signature Cloud Support or other partner program benefits, for every CSP partner, paid or in a trial"
            }
            Label::IsvContactForms => "The contact can be:",
            Label::CloudSolutionProvider => "Cloud Solution Provider",
            Label::DapMicrosoft365Menu => "Office 365, Dynamics 365, Enterprise Mobility Suite",
            Label::Options => "Options:",
            Label::FirstResponse => "First response:",
            Label::Due => "due {}",
            Label::Overdue => "overdue",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "around the clock (English-language support)",
            Clock::BusinessHours => "during business hours (local-language support)",
            Clock::OneBusinessDay => "within one business day (not break-fix)",
        }
    }

    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        id.rule().outside_source
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "In Partner Center, check service health and service incidents first."
            }
            StepKey::CheckEscalationCriteria => {
                "Check that the problem meets the criteria of \"Escalate problems to Microsoft\"."
            }
            StepKey::OpenServiceRequestsCsp => {
                "In Partner Center, under CSP in the left menu, select Administer, then Service requests."
            }
            StepKey::OpenServiceRequestsCustomers => {
                "In the Partner Center menu, select Customers, your customer, then Service management."
            }
            StepKey::OpenServiceRequestsDashboard => {
                "In the Dashboard menu, select Service requests, then Customer requests."
            }
            StepKey::SelectCustomer => "Select the customer.",
            StepKey::ConfirmAdminRelationship => {
                "Check that you have an active admin relationship with the right security role and user assignment."
            }
            StepKey::NewRequest => "Select New request, then {}.",
            StepKey::OpenAzurePortal => {
                "The Azure portal opens, in your partner context for the customer's tenant."
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "The Microsoft 365 admin center opens, in your partner context for the customer's tenant."
            }
            StepKey::OpenOffice365AdminCenter => {
                "The Office 365 admin center opens, in your partner context for the customer's tenant."
            }
            StepKey::SignInAzurePortal => {
                "Sign in directly to the Azure portal, in your own context."
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Sign in directly to the Microsoft 365 admin center, in your own context."
            }
            StepKey::SignInOffice365AdminCenter => {
                "Sign in directly to the Office 365 admin center, in your own context."
            }
            StepKey::StartRequestAzure => "In the Azure portal, select New support request.",
            StepKey::StartRequestAdminCenter => {
                "In the Create a service request section, choose the right support category (you may need to select More…)."
            }
            StepKey::SelectCspPlan => {
                "In the Basics section, select Cloud Solution Provider in the Support plan field."
            }
            StepKey::SelectOwnPlan => "Name your own support plan: {}.",
            StepKey::EnterPartnerContact => "Enter your own contact details, not the customer's.",
            StepKey::StateBusinessImpact => "State the business impact; it sets {}.",
            StepKey::SubmitAzure => "Select Create.",
            StepKey::SubmitAdminCenter => "Fill in the service request form and select Submit.",
            StepKey::TrackAzure => {
                "Later, review the request in the Azure portal by selecting Manage support requests."
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "Later, review the request in the Microsoft 365 admin center by selecting View all support tickets."
            }
            StepKey::TrackOffice365AdminCenter => {
                "Later, review the request in the Office 365 admin center by selecting View all support tickets."
            }
            StepKey::SelectMarketplaceProduct => {
                "On the marketplace page, select the product you need help with."
            }
            StepKey::ContactIsv => {
                "Microsoft gives no support for it: contact the ISV that published it; its support contact is on the product's page."
            }
        }
    }
}
