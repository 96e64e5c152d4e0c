//! Dutch. UI names as the Dutch seed (`001_0a9e68e1e33e13d8.txt`,
//! `gdap-2025`) spells them: "Nieuwe ondersteuningsaanvraag", "Maken",
//! "ondersteuningsaanvragen beheren", "Verzenden", "alle
//! ondersteuningstickets weergeven", "Basisinformatie", "Ondersteuningsplan",
//! "cloudoplossingsprovider", "Beheerderagent", "Partnercentrum",
//! "Microsoft 365-beheercentrum". Role names are "Nederlandse naam (English
//! name)", from the seed and Microsoft's Dutch documentation (sources at each
//! macro below).

use super::{Clock, Label, StepKey, Texts};

// Partner Center roles. Admin agent: the seed's "Beheerderagent" (2025; the
// 2021 machine-translated nl-NL permissions-overview.md has "Beheer agent").
// Helpdesk agent: the nl-NL permissions-overview.md (isabella232 mirror of
// partner-center-pr.nl-nl, 2021) writes "Helpdesk medewerker", a compound its
// translation tool split (as it split "weer geven", "Abonnements beheer");
// written joined, as Dutch writes compounds. The "Helpdeskagent" was
// not found in any Microsoft page searched.
macro_rules! admin_agent {
    () => {
        "Beheerderagent (Admin agent)"
    };
}
macro_rules! helpdesk_agent {
    () => {
        "Helpdeskmedewerker (Helpdesk agent)"
    };
}
// Microsoft Entra roles, from the nl-NL permissions-reference.md (table of all
// roles): "Serviceondersteuningsbeheerder", "Globale beheerder".
macro_rules! service_support_admin {
    () => {
        "Serviceondersteuningsbeheerder (Service support administrator)"
    };
}
macro_rules! global_admin {
    () => {
        "Globale beheerder (Global administrator)"
    };
}
// Azure RBAC roles, from the nl-NL built-in-roles.md: "Inzender voor
// ondersteuningsaanvragen", "Eigenaar", "Inzender".
macro_rules! support_request_contributor {
    () => {
        "Inzender voor ondersteuningsaanvragen (Support Request Contributor)"
    };
}
macro_rules! owner {
    () => {
        "Eigenaar (Owner)"
    };
}
macro_rules! contributor {
    () => {
        "Inzender (Contributor)"
    };
}
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct Nl;

impl Texts for Nl {
    fn rule(&self, id: RuleId) -> &'static str {
        match id {
            RuleId::ScopeClouds => {
                "Partnercentrum en Partnercentrum voor Microsoft Cloud voor de Amerikaanse overheid; in dap ook Microsoft Cloud Duitsland."
            }
            RuleId::ScopeWorkloads => {
                "Serviceaanvragen namens klanten bestaan voor Azure, Office 365, Dynamics CRM Online en Enterprise Mobility Suite; al het andere valt erbuiten."
            }
            RuleId::ScopeMarketplaceIsv => {
                "Microsoft biedt geen productondersteuning voor commerciële marketplace-producten: neem via de productpagina contact op met de ISV."
            }
            RuleId::ScopeProblemKinds => {
                "Technische problemen en problemen met facturering en abonnementsbeheer vallen eronder; dap noemt ook factuurgeschillen en vermoedelijke fraude."
            }
            RuleId::ScopeCannotResolveFirst => {
                "Een aanvraag is voor een probleem dat u zelf niet kunt oplossen: controleer eerst de servicestatus (dap: de criteria voor escalatie)."
            }
            RuleId::RouteNoPhone => "In dit programma is er geen ondersteuning per telefoon.",
            RuleId::RouteDirectSignInOwnContext => {
                "Wie zich rechtstreeks aanmeldt bij de Azure-portal of het beheercentrum, ziet de eigen context, niet die van de klant: alleen voor eigen abonnementen."
            }
            RuleId::OwnDirectSignIn => {
                "Aanvragen voor uw eigen abonnementen dient u in na rechtstreeks aanmelden bij de Azure-portal of het beheercentrum."
            }
            RuleId::OwnEntitlementRequired => {
                "Een aanvraag voor uw eigen abonnement noemt geldige eigen rechten voor een ondersteuningsplan: contract-id van het partnerprogramma, Premier of een Azure-ondersteuningsplan."
            }
            RuleId::OwnNotCspEntitlement => {
                "Ondersteuning voor uw eigen partnertenant en abonnementen valt niet onder de CSP-ondersteuningsrechten."
            }
            RuleId::FilerPartnerTypes => {
                "Wie namens een klant mag indienen: in gdap-2023 alle vier partnertypen; in gdap-2025 alleen CSP Direct (directe factureringspartners) en indirecte providers; in dap elk type met gedelegeerde beheerdersbevoegdheden."
            }
            RuleId::AzureProviderOnly => {
                "Indirecte resellers en adviseurs kunnen geen Azure-ondersteuningsaanvragen openen namens de klant, zelfs niet met een ondersteuningscontract; alleen de provider van het abonnement kan dat."
            }
            RuleId::FilerDapDelegatedAdmin => concat!(
                "De partner heeft gedelegeerde beheerdersbevoegdheden voor de klant en de gebruiker die indient heeft de rol ",
                admin_agent!(),
                " of ",
                helpdesk_agent!(),
                "."
            ),
            RuleId::FilerAdminAgentGdap => concat!(
                "De gebruiker die indient heeft de rol ",
                admin_agent!(),
                " en is via een beveiligingsgroep toegewezen aan een actieve GDAP-relatie met, voor Microsoft 365, de rol ",
                service_support_admin!(),
                " of ",
                global_admin!(),
                " (voor Azure elke ingebouwde rol)."
            ),
            RuleId::AzureNoAdminPermissions => {
                "Een Azure-provider zonder beheerdersmachtigingen voor de klant wordt verwezen naar een aparte procedure die het artikel niet beschrijft."
            }
            RuleId::AzureGdapRbac => concat!(
                "Voor Azure hebt u een actieve GDAP-relatie (elke Entra-rol) en een Azure RBAC-rol nodig die ondersteuningstickets mag schrijven: ",
                owner!(),
                ", ",
                contributor!(),
                " of ",
                support_request_contributor!(),
                "."
            ),
            RuleId::AzureDapAccessGranted => {
                "Voor Azure moet de indirecte provider u toegang hebben gegeven tot het Azure-account van de klant; de provider van het abonnement zelf heeft dat niet nodig."
            }
            RuleId::RouteViaPartnerCenter => {
                "Serviceaanvragen namens klanten worden via Partnercentrum ingediend, langs het pad van de editie."
            }
            RuleId::RouteWorkloadPortal => {
                "Partnercentrum opent de portal van de workload, in uw partnercontext voor de tenant van de klant: de Azure-portal of het Microsoft 365-beheercentrum (dap: Office 365-beheercentrum)."
            }
            RuleId::RouteTrack => {
                "Aanvragen later bekijken: Azure-portal > ondersteuningsaanvragen beheren; beheercentrum > alle ondersteuningstickets weergeven."
            }
            RuleId::FormAzureSupportPlan => {
                "Een Azure-aanvraag voor een klant kiest in de sectie Basisinformatie cloudoplossingsprovider in het veld Ondersteuningsplan."
            }
            RuleId::FormPartnerContact => {
                "U voert uw eigen contactgegevens in, nooit die van de klant."
            }
            RuleId::FormSeverityFromImpact => {
                "De ernst volgt uit de zakelijke impact die u bij het indienen opgeeft."
            }
            RuleId::FeeM365None => {
                "Office 365, Dynamics CRM Online en Enterprise Mobility Suite rekenen partners en klanten geen aparte ondersteuningskosten."
            }
            RuleId::FeeAzureCharged => {
                "Voor Azure-ondersteuning worden kosten in rekening gebracht; als u recht hebt op Signature Cloud Support of andere voordelen van het partnerprogramma, kunt u die kosten daarmee betalen."
            }
            RuleId::FeeAllCspPartners => {
                "Dat voordeel geldt voor elke partner in het CSP-programma, zowel betalend als in een proefperiode."
            }
            RuleId::FeeBillingFree => {
                "Ondersteuning voor facturering en abonnementsbeheer is gratis."
            }
            RuleId::SlaSeverityA => {
                "Ernst A (kritiek: productie ligt stil): eerste reactie binnen 2 uur."
            }
            RuleId::SlaSeverityB => {
                "Ernst B (matig: productie deels getroffen): eerste reactie binnen 4 uur."
            }
            RuleId::SlaSeverityC => {
                "Ernst C (minimaal: services beschikbaar of alleen niet-productie getroffen): eerste reactie binnen 8 uur."
            }
            RuleId::SlaEnglish24x7 => {
                "De reactietijden gelden voor Engelstalige ondersteuning; de termijn loopt dag en nacht door."
            }
            RuleId::SlaLocalLanguageBusinessHours => {
                "Ondersteuning in de lokale taal is er tijdens kantooruren: alleen de werkuren volgens de kalender tellen."
            }
            RuleId::SlaNonBreakFixOneBusinessDay => {
                "Bij een incident binnen de ondersteuningsrechten dat geen technisch storingsherstel (break-fix) is, kan de eerste reactie tot één werkdag duren."
            }
            RuleId::SlaPriority => {
                "CSP-partners kunnen verwachten dat hun belangrijkste problemen prioriteit krijgen."
            }
            RuleId::CustomerTrialPartnerOnly => {
                "Klanten met CSP-abonnementen en Direct-abonnementen die allemaal proefversies zijn, kunnen alleen contact opnemen met hun CSP-partner."
            }
            RuleId::CustomerPaidEither => {
                "Klanten met CSP-abonnementen en ten minste één betaald Direct-abonnement kunnen een serviceaanvraag openen bij Microsoft of contact opnemen met hun partner."
            }
        }
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "Toegestaan",
            Outcome::Denied => "Geweigerd",
            Outcome::NotCovered => "Niet gedekt",
            Outcome::Redirected => "Doorverwezen",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "Vraag de CSP Direct-provider (directe factureringspartner) of de indirecte provider van de klant om de aanvraag in te dienen."
            }
            Remedy::AskSubscriptionProviderToFile => {
                "Vraag de provider van het Azure-abonnement van de klant om de aanvraag in te dienen."
            }
            Remedy::GetAdminAgentRole => {
                concat!("Vraag de rol ", admin_agent!(), " in Partnercentrum aan.")
            }
            Remedy::GetAdminOrHelpdeskAgentRole => concat!(
                "Vraag de rol ",
                admin_agent!(),
                " of ",
                helpdesk_agent!(),
                " in Partnercentrum aan."
            ),
            Remedy::ObtainDelegatedAdmin => {
                "Verkrijg gedelegeerde beheerdersbevoegdheden (DAP) voor de klant."
            }
            Remedy::EstablishActiveGdapRelationship => {
                "Zet een actieve GDAP-relatie met de klant op of verleng die."
            }
            Remedy::AssignUserToRelationship => {
                "Wijs de gebruiker via een beveiligingsgroep toe aan de GDAP-relatie."
            }
            Remedy::AddServiceSupportAdministrator => concat!(
                "Voeg de rol ",
                service_support_admin!(),
                " toe aan de GDAP-relatie en wijs die toe aan de beveiligingsgroep van de gebruiker."
            ),
            Remedy::AssignSupportRequestContributor => concat!(
                "Wijs op het Azure-abonnement een van de rollen ",
                support_request_contributor!(),
                ", ",
                owner!(),
                " of ",
                contributor!(),
                " toe."
            ),
            Remedy::AskIndirectProviderForAzureAccess => {
                "Vraag de indirecte provider u toegang te geven tot het Azure-account van de klant."
            }
            Remedy::StartFromPartnerCenter => {
                "Begin in Partnercentrum, niet met rechtstreeks aanmelden."
            }
            Remedy::SignInDirectly => {
                "Meld u rechtstreeks aan bij de Azure-portal of het beheercentrum, in uw eigen context."
            }
            Remedy::NameOwnSupportPlan => {
                "Geef uw eigen rechten voor een ondersteuningsplan op: contract-id van het partnerprogramma, Premier of een Azure-ondersteuningsplan."
            }
            Remedy::FileThroughPartnerCenter => {
                "Dien de aanvraag in via Partnercentrum; ondersteuning per telefoon bestaat niet."
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "een cloud die deze editie dekt",
            Missing::CoveredWorkload => "een workload die deze editie dekt",
            Missing::CoveredProblemKind => "een soort probleem dat deze editie dekt",
            Missing::CoveredChannel => "een kanaal dat deze editie noemt",
            Missing::MatchingPortal => "de portal die deze workload bedient",
            Missing::NamedEntitlement => {
                "een ondersteuningsplan dat het artikel voor uw eigen tenant noemt"
            }
            Missing::AllowedPartnerType => "een partnertype dat in deze editie mag indienen",
            Missing::SubscriptionProvider => {
                "de rol van provider van het Azure-abonnement van de klant"
            }
            Missing::PartnerCenterRole => "de rol in Partnercentrum die deze editie vereist",
            Missing::DelegatedAdmin => "gedelegeerde beheerdersbevoegdheden (DAP)",
            Missing::ActiveRelationship => "een GDAP-relatie die actief is als u indient",
            Missing::UserAssignment => {
                "de toewijzing van de gebruiker aan de relatie via een beveiligingsgroep"
            }
            Missing::SufficientEntraRole => concat!(
                "een Microsoft Entra-rol met voldoende rechten: voor Microsoft 365 ",
                service_support_admin!(),
                " of ",
                global_admin!(),
                "; voor Azure elke ingebouwde rol"
            ),
            Missing::SupportTicketRbacRole => concat!(
                "een Azure RBAC-rol die ondersteuningstickets mag schrijven: ",
                owner!(),
                ", ",
                contributor!(),
                " of ",
                support_request_contributor!()
            ),
            Missing::AzureAccessGrant => {
                "toegang tot het Azure-account van de klant, gegeven door de indirecte provider"
            }
            Missing::AzureAccessPath => "een beschreven weg naar het Azure-abonnement van de klant",
            Missing::CustomerRule => "een regel voor deze combinatie van abonnementen",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "Azure-portal",
            Portal::Microsoft365AdminCenter => "Microsoft 365-beheercentrum",
            // Not in the Dutch seed (gdap-2025): spelled like its
            // "Microsoft 365-beheercentrum".
            Portal::Office365AdminCenter => "Office 365-beheercentrum",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "Azure",
            Workload::Office365 => "Office 365",
            Workload::DynamicsCrmOnline => "Dynamics CRM Online",
            Workload::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            Workload::CommercialMarketplace => "een commercieel marketplace-product",
            Workload::Other => "een ander product",
        }
    }

    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => {
                "een koppeling naar een ondersteuningsinvoerpunt op de website van de ISV"
            }
            IsvContact::Email => "een e-mailadres voor ondersteuning",
            IsvContact::Phone => "een telefoonnummer van een ondersteuningsmedewerker",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "geen",
            OwnEntitlement::PartnerProgramContract => {
                "contract-id van het Microsoft AI Cloud Partner Program (voorheen MPN)"
            }
            OwnEntitlement::Premier => "Premier",
            OwnEntitlement::AzureSupportPlan => "een Azure-ondersteuningsplan",
            OwnEntitlement::CloudSolutionProvider => "de CSP-ondersteuningsrechten",
            OwnEntitlement::Other => "een ander ondersteuningsplan",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "geen aparte ondersteuningskosten",
            Fee::Charged => "tegen betaling",
            Fee::Free => "gratis",
            Fee::NotStated => "voor dit soort probleem zijn geen kosten vermeld",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "in het artikel",
            Basis::Inherited => "overgenomen",
            Basis::Outside => "buiten het artikel",
            Basis::Interpreted => "geïnterpreteerd",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "contact opnemen met de CSP-partner",
            CustomerOption::OpenRequestWithMicrosoft => {
                "een serviceaanvraag openen bij Microsoft in het Microsoft 365-beheercentrum"
            }
        }
    }

    // The Dutch seed (gdap-2025) has no severity table: the levels are
    // named plainly, with the letters every seed uses; "matig" is Dutch for
    // the API's "moderate".
    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "ernst A (kritiek)",
            Severity::B => "ernst B (matig)",
            Severity::C => "ernst C (minimaal)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(basis: {})",
            Label::Missing => "Ontbreekt:",
            Label::Advice => "Advies:",
            Label::Route => "Stappen:",
            Label::Plan => "Ondersteuningsplan:",
            Label::Fee => "Kosten:",
            Label::Source => "Bron:",
            Label::Quote => "‘{}’",
            Label::ListSeparator => "; ",
            Label::HoldsUntil => "geldig tot {}",
            Label::RenewsByDays => "wordt met {} dagen verlengd",
            Label::PayableWithBenefits => {
                "te betalen met Signature Cloud Support of andere voordelen van het partnerprogramma, voor elke CSP-partner, zowel betalend als in een proefperiode"
            }
            Label::IsvContactForms => "Het contact kan zijn:",
            Label::CloudSolutionProvider => "cloudoplossingsprovider",
            // Not in the Dutch seed (dap menu): the established product names.
            Label::DapMicrosoft365Menu => "Office 365, Dynamics 365, Enterprise Mobility Suite",
            Label::Options => "Mogelijkheden:",
            Label::FirstResponse => "Eerste reactie:",
            Label::Due => "uiterlijk {}",
            Label::Overdue => "te laat",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "dag en nacht (Engelstalige ondersteuning)",
            Clock::BusinessHours => "tijdens kantooruren (ondersteuning in de lokale taal)",
            Clock::OneBusinessDay => "binnen één werkdag (geen break-fix-incident)",
        }
    }

    // The catalogue's notes on outside sources, in Dutch; "richtlijnen voor
    // GDAP-rollen" is the Dutch seed's own name for the role guidance.
    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        match id {
            RuleId::FilerPartnerTypes => Some(
                "DAP: vóór GDAP gaven gedelegeerde beheerdersbevoegdheden partners beheerderstoegang tot hun klanten",
            ),
            RuleId::AzureProviderOnly => Some(
                "Microsoft Learn, Engelse tekst van dezelfde revisie uit 2023 (ms.date 2023-09-23), zonder de beperking van de Duitse versie",
            ),
            RuleId::FilerDapDelegatedAdmin => {
                Some("DAP; overzicht van rollen en machtigingen in Partnercentrum (2022)")
            }
            RuleId::FilerAdminAgentGdap => Some(
                "Microsoft Learn, GDAP-rollen met minimale bevoegdheden per taak (2023); overzicht van rollen en machtigingen in Partnercentrum (2022)",
            ),
            RuleId::AzureGdapRbac => Some(
                "Microsoft Learn, richtlijnen voor GDAP-rollen (2023) en het artikel over het maken van een Azure-ondersteuningsaanvraag",
            ),
            _ => None,
        }
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "Controleer in Partnercentrum eerst de servicestatus en de service-incidenten."
            }
            StepKey::CheckEscalationCriteria => {
                "Controleer of het probleem voldoet aan de criteria van ‘Problemen escaleren naar Microsoft’."
            }
            StepKey::OpenServiceRequestsCsp => {
                "Selecteer in Partnercentrum Beheren onder CSP in het linkernavigatiemenu en selecteer Serviceaanvragen."
            }
            StepKey::OpenServiceRequestsCustomers => {
                "Selecteer Klanten in het menu Partnercentrum, kies uw klant en selecteer Servicebeheer in het menu van de klant."
            }
            // dap path, not in the Dutch seed: the established names of the
            // Dutch Partner Center ("Dashboard", "Klantaanvragen").
            StepKey::OpenServiceRequestsDashboard => {
                "Selecteer in het menu Dashboard Serviceaanvragen en daarna Klantaanvragen."
            }
            StepKey::SelectCustomer => {
                "Selecteer de klant in de klantenlijst of in het menu Beheren."
            }
            StepKey::ConfirmAdminRelationship => {
                "Controleer of u een actieve beheerdersrelatie hebt met de juiste beveiligingsrol en gebruikerstoewijzing."
            }
            StepKey::NewRequest => "Selecteer Nieuwe aanvraag en selecteer vervolgens {}.",
            StepKey::OpenAzurePortal => {
                "De Azure-portal wordt geopend, in de context van uw partneraccount voor de tenant van de klant."
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "Het Microsoft 365-beheercentrum wordt geopend, in de context van uw partneraccount voor de tenant van de klant."
            }
            StepKey::OpenOffice365AdminCenter => {
                "Het Office 365-beheercentrum wordt geopend, in de context van uw partneraccount voor de tenant van de klant."
            }
            StepKey::SignInAzurePortal => {
                "Meld u rechtstreeks aan bij de Azure-portal, in uw eigen context."
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Meld u rechtstreeks aan bij het Microsoft 365-beheercentrum, in uw eigen context."
            }
            StepKey::SignInOffice365AdminCenter => {
                "Meld u rechtstreeks aan bij het Office 365-beheercentrum, in uw eigen context."
            }
            StepKey::StartRequestAzure => {
                "Selecteer in de Azure-portal Nieuwe ondersteuningsaanvraag."
            }
            StepKey::StartRequestAdminCenter => {
                "Kies in de sectie Een serviceaanvraag maken de juiste ondersteuningscategorie (mogelijk via Meer...)."
            }
            StepKey::SelectCspPlan => {
                "Selecteer in de sectie Basisinformatie cloudoplossingsprovider in het veld Ondersteuningsplan."
            }
            StepKey::SelectOwnPlan => "Geef uw eigen rechten voor een ondersteuningsplan op: {}.",
            StepKey::EnterPartnerContact => {
                "Voer uw eigen contactgegevens in, niet de gegevens van uw klant."
            }
            StepKey::StateBusinessImpact => "Geef de zakelijke impact op; die bepaalt {}.",
            StepKey::SubmitAzure => "Selecteer Maken.",
            StepKey::SubmitAdminCenter => {
                "Vul het serviceaanvraagformulier in en selecteer Verzenden."
            }
            StepKey::TrackAzure => {
                "Bekijk de aanvraag later in de Azure-portal door ondersteuningsaanvragen beheren te selecteren."
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "Bekijk de aanvraag later in het Microsoft 365-beheercentrum door alle ondersteuningstickets weergeven te selecteren."
            }
            StepKey::TrackOffice365AdminCenter => {
                "Bekijk de aanvraag later in het Office 365-beheercentrum door alle ondersteuningstickets weergeven te selecteren."
            }
            StepKey::SelectMarketplaceProduct => {
                "Selecteer op de Marketplace-pagina het product waarmee u hulp nodig hebt."
            }
            StepKey::ContactIsv => {
                "Microsoft biedt hiervoor geen ondersteuning: neem contact op met de ISV die het product heeft gepubliceerd; de contactgegevens staan op de productpagina."
            }
        }
    }
}
