//! German. UI names as the German seed (`000_8b850f5b36b9319e.txt`,
//! `gdap-2023`) spells them: "Neue Supportanfrage", "Erstellen",
//! "Supportanfragen verwalten", "Absenden", "Alle Supporttickets anzeigen",
//! "Grundlagen", "Supportplan", "Cloud-Lösungsanbieter", "Dienstverwaltung".
//! UI names are quoted „…“ in the steps and summaries, as the seed quotes
//! most of them. Role names are "deutscher Name (English name)", from
//! Microsoft's German documentation (sources at each macro below).

use super::{Clock, Label, StepKey, Texts};

// Partner Center roles, from partner-center/permissions-overview.md in
// German ("Zuweisen von Rollen und Berechtigungen zu Benutzern",
// MicrosoftDocs/partner-center-pr.de-de, 2019 and 2021 revisions):
// "Administrator-Agent", "Helpdesk-Agent", "Globaler Administrator".
macro_rules! admin_agent {
    () => {
        "Administrator-Agent (Admin agent)"
    };
}
macro_rules! helpdesk_agent {
    () => {
        "Helpdesk-Agent (Helpdesk agent)"
    };
}
// Microsoft Entra roles, from the German permissions-reference.md ("Integrierte
// Rollen", the table of all roles): "Dienstsupportadministrator",
// "Globaler Administrator".
macro_rules! service_support_admin {
    () => {
        "Dienstsupportadministrator (Service support administrator)"
    };
}
macro_rules! global_admin {
    () => {
        "Globaler Administrator (Global administrator)"
    };
}
// Azure RBAC roles, from the German "Erstellen einer Azure-Supportanfrage"
// articles ("ein Besitzer oder Mitwirkender sein, oder Ihnen muss die Rolle
// Mitwirkender für Supportanfragen … zugewiesen sein") and built-in-roles.md.
macro_rules! support_request_contributor {
    () => {
        "Mitwirkender für Supportanfragen (Support Request Contributor)"
    };
}
macro_rules! owner {
    () => {
        "Besitzer (Owner)"
    };
}
macro_rules! contributor {
    () => {
        "Mitwirkender (Contributor)"
    };
}
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct De;

impl Texts for De {
    fn rule(&self, id: RuleId) -> &'static str {
        match id {
            RuleId::ScopeClouds => {
                "Partner Center und Partner Center für Microsoft Cloud for US Government; in dap auch Microsoft Cloud Deutschland."
            }
            RuleId::ScopeWorkloads => {
                "Serviceanfragen für Kunden gibt es für Azure, Office 365, Dynamics CRM Online und Enterprise Mobility Suite; alles andere ist nicht abgedeckt."
            }
            RuleId::ScopeMarketplaceIsv => {
                "Microsoft bietet keinen Produktsupport für Produkte des kommerziellen Marketplace: Wenden Sie sich über die Produktseite an den ISV."
            }
            RuleId::ScopeProblemKinds => {
                "Technische Probleme sowie Probleme mit der Abrechnung und der Abonnementverwaltung sind abgedeckt; dap nennt auch Abrechnungsstreitigkeiten und Betrugsverdacht."
            }
            RuleId::ScopeCannotResolveFirst => {
                "Eine Anfrage gilt einem Problem, das Sie nicht selbst beheben können: Prüfen Sie zuerst die Dienstintegrität (dap: die Kriterien für eine Eskalation)."
            }
            RuleId::RouteNoPhone => "In diesem Programm gibt es keinen telefonischen Support.",
            RuleId::RouteDirectSignInOwnContext => {
                "Wer sich direkt beim Azure-Portal oder Admin Center anmeldet, sieht den eigenen Kontext, nicht den des Kunden: nur für eigene Abonnements."
            }
            RuleId::OwnDirectSignIn => {
                "Anfragen zu eigenen Abonnements stellen Sie nach direkter Anmeldung beim Azure-Portal oder Admin Center."
            }
            RuleId::OwnEntitlementRequired => {
                "Eine Anfrage zum eigenen Abonnement nennt eine gültige eigene Supportplanberechtigung: Vertrags-ID des Partnerprogramms, Premier oder einen Azure-Supportplan."
            }
            RuleId::OwnNotCspEntitlement => {
                "Support für Ihren eigenen Partnermandanten und Ihre eigenen Abonnements ist nicht Bestandteil der CSP-Supportvorteile."
            }
            RuleId::FilerPartnerTypes => {
                "Wer für einen Kunden einreichen darf: in gdap-2023 alle vier Partnertypen; in gdap-2025 nur CSP Direct (Direktabrechnungspartner) und indirekte Anbieter; in dap jeder Typ mit delegierten Administratorrechten."
            }
            RuleId::AzureProviderOnly => {
                "Indirekte Wiederverkäufer und Berater können keine Azure-Supportanfragen für den Kunden öffnen, auch nicht mit Supportvertrag; nur der Anbieter des Abonnements kann das."
            }
            RuleId::FilerDapDelegatedAdmin => concat!(
                "Der Partner hat delegierte Administratorrechte für den Kunden, und der einreichende Benutzer ist ",
                admin_agent!(),
                " oder ",
                helpdesk_agent!(),
                "."
            ),
            RuleId::FilerAdminAgentGdap => concat!(
                "Der einreichende Benutzer ist ",
                admin_agent!(),
                " und über eine Sicherheitsgruppe einer aktiven GDAP-Beziehung zugewiesen, die für Microsoft 365 die Rolle ",
                service_support_admin!(),
                " oder ",
                global_admin!(),
                " gewährt (für Azure jede integrierte Rolle)."
            ),
            RuleId::AzureNoAdminPermissions => {
                "Ein Azure-Anbieter ohne Administratorberechtigungen für den Kunden wird auf ein eigenes Verfahren verwiesen, das der Artikel nicht beschreibt."
            }
            RuleId::AzureGdapRbac => concat!(
                "Für Azure brauchen Sie eine aktive GDAP-Beziehung (beliebige Entra-Rolle) und eine Azure-RBAC-Rolle, die Supporttickets schreiben darf: ",
                owner!(),
                ", ",
                contributor!(),
                " oder ",
                support_request_contributor!(),
                "."
            ),
            RuleId::AzureDapAccessGranted => {
                "Für Azure muss der indirekte Anbieter Ihnen Zugriff auf das Azure-Konto des Kunden gewährt haben; der Anbieter des Abonnements selbst braucht das nicht."
            }
            RuleId::RouteViaPartnerCenter => {
                "Serviceanfragen für Kunden werden über das Partner Center eingereicht, auf dem Weg der jeweiligen Ausgabe."
            }
            RuleId::RouteWorkloadPortal => {
                "Das Partner Center übergibt an das Portal des Dienstes, in Ihrem Kontext für den Mandanten des Kunden: das Azure-Portal oder das Microsoft 365 Admin Center (dap: Office 365 Admin Center)."
            }
            RuleId::RouteTrack => {
                "Anfragen später prüfen: Azure-Portal > „Supportanfragen verwalten“; Admin Center > „Alle Supporttickets anzeigen“."
            }
            RuleId::FormAzureSupportPlan => {
                "Eine Azure-Anfrage für einen Kunden wählt im Abschnitt „Grundlagen“ im Feld „Supportplan“ die Option „Cloud-Lösungsanbieter“."
            }
            RuleId::FormPartnerContact => {
                "Sie geben Ihre eigenen Kontaktinformationen ein, nie die des Kunden."
            }
            RuleId::FormSeverityFromImpact => {
                "Der Schweregrad ergibt sich aus den geschäftlichen Auswirkungen, die Sie beim Übermitteln angeben."
            }
            RuleId::FeeM365None => {
                "Office 365, Dynamics CRM Online und Enterprise Mobility Suite erheben von Partnern und Kunden keine separate Supportgebühr."
            }
            RuleId::FeeAzureCharged => {
                "Azure-Support ist kostenpflichtig; wenn Sie Anspruch auf Signature Cloud Support oder andere Vorteile des Partnerprogramms haben, können Sie die Gebühr damit bezahlen."
            }
            RuleId::FeeAllCspPartners => {
                "Dieser Vorteil gilt für alle Partner im CSP-Programm, bezahlt oder im Testzeitraum."
            }
            RuleId::FeeBillingFree => {
                "Support für Abrechnung und Abonnementverwaltung ist kostenlos."
            }
            RuleId::SlaSeverityA => {
                "Schweregrad A (kritisch: Produktion ausgefallen): erste Antwort innerhalb von 2 Stunden."
            }
            RuleId::SlaSeverityB => {
                "Schweregrad B (mittel: Produktion teilweise betroffen): erste Antwort innerhalb von 4 Stunden."
            }
            RuleId::SlaSeverityC => {
                "Schweregrad C (minimal: Dienste verfügbar oder nur Nichtproduktion betroffen): erste Antwort innerhalb von 8 Stunden."
            }
            RuleId::SlaEnglish24x7 => {
                "Die Reaktionszeiten gelten für englischsprachigen Support; die Frist läuft rund um die Uhr."
            }
            RuleId::SlaLocalLanguageBusinessHours => {
                "Support in lokaler Sprache gibt es während der Geschäftszeiten: Es zählt nur die Geschäftszeit des Kalenders."
            }
            RuleId::SlaNonBreakFixOneBusinessDay => {
                "Bei einem Vorfall innerhalb der Supportberechtigung, der keine technische Störungsbehebung (Break-Fix) ist, kann die erste Antwort bis zu einem Geschäftstag dauern."
            }
            RuleId::SlaPriority => {
                "CSP-Partner können erwarten, dass ihre wichtigsten Probleme Priorität erhalten."
            }
            RuleId::CustomerTrialPartnerOnly => {
                "Ein Kunde mit CSP-Abonnements und ausschließlich Direct-Testabonnements kann sich nur an seinen CSP-Partner wenden."
            }
            RuleId::CustomerPaidEither => {
                "Ein Kunde mit CSP-Abonnements und einem bezahlten Direct-Abonnement kann eine Serviceanfrage bei Microsoft stellen oder sich an seinen Partner wenden."
            }
        }
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "Zulässig",
            Outcome::Denied => "Abgelehnt",
            Outcome::NotCovered => "Nicht abgedeckt",
            Outcome::Redirected => "Weitergeleitet",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "Bitten Sie den CSP Direct-Anbieter (Direktabrechnungspartner) oder den indirekten Anbieter des Kunden, die Anfrage einzureichen."
            }
            Remedy::AskSubscriptionProviderToFile => {
                "Bitten Sie den Anbieter des Azure-Abonnements des Kunden, die Anfrage einzureichen."
            }
            Remedy::GetAdminAgentRole => concat!(
                "Lassen Sie sich die Partner Center-Rolle ",
                admin_agent!(),
                " zuweisen."
            ),
            Remedy::GetAdminOrHelpdeskAgentRole => concat!(
                "Lassen Sie sich die Partner Center-Rolle ",
                admin_agent!(),
                " oder ",
                helpdesk_agent!(),
                " zuweisen."
            ),
            Remedy::ObtainDelegatedAdmin => {
                "Lassen Sie sich delegierte Administratorrechte (DAP) für den Kunden erteilen."
            }
            Remedy::EstablishActiveGdapRelationship => {
                "Richten Sie eine aktive GDAP-Beziehung mit dem Kunden ein oder verlängern Sie sie."
            }
            Remedy::AssignUserToRelationship => {
                "Weisen Sie den Benutzer über eine Sicherheitsgruppe der GDAP-Beziehung zu."
            }
            Remedy::AddServiceSupportAdministrator => concat!(
                "Nehmen Sie die Rolle ",
                service_support_admin!(),
                " in die GDAP-Beziehung auf und weisen Sie sie der Sicherheitsgruppe des Benutzers zu."
            ),
            Remedy::AssignSupportRequestContributor => concat!(
                "Weisen Sie im Azure-Abonnement eine der Rollen ",
                support_request_contributor!(),
                ", ",
                owner!(),
                " oder ",
                contributor!(),
                " zu."
            ),
            Remedy::AskIndirectProviderForAzureAccess => {
                "Bitten Sie den indirekten Anbieter, Ihnen Zugriff auf das Azure-Konto des Kunden zu gewähren."
            }
            Remedy::StartFromPartnerCenter => {
                "Beginnen Sie im Partner Center, nicht mit einer direkten Anmeldung."
            }
            Remedy::SignInDirectly => {
                "Melden Sie sich direkt beim Azure-Portal oder Admin Center an, in Ihrem eigenen Kontext."
            }
            Remedy::NameOwnSupportPlan => {
                "Geben Sie Ihre eigene Supportplanberechtigung an: Vertrags-ID des Partnerprogramms, Premier oder einen Azure-Supportplan."
            }
            Remedy::FileThroughPartnerCenter => {
                "Reichen Sie die Anfrage über das Partner Center ein; telefonischen Support gibt es nicht."
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "eine Cloud, die diese Ausgabe abdeckt",
            Missing::CoveredWorkload => "ein Dienst, den diese Ausgabe abdeckt",
            Missing::CoveredProblemKind => "eine Problemart, die diese Ausgabe abdeckt",
            Missing::CoveredChannel => "ein Kanal, den diese Ausgabe nennt",
            Missing::MatchingPortal => "das Portal, das diesen Dienst bedient",
            Missing::NamedEntitlement => {
                "ein Supportplan, den der Artikel für den eigenen Mandanten nennt"
            }
            Missing::AllowedPartnerType => "ein Partnertyp, der in dieser Ausgabe einreichen darf",
            Missing::SubscriptionProvider => {
                "die Rolle als Anbieter des Azure-Abonnements des Kunden"
            }
            Missing::PartnerCenterRole => "die Partner Center-Rolle, die diese Ausgabe verlangt",
            Missing::DelegatedAdmin => "delegierte Administratorrechte (DAP)",
            Missing::ActiveRelationship => "eine GDAP-Beziehung, die beim Einreichen aktiv ist",
            Missing::UserAssignment => {
                "die Zuweisung des Benutzers zur Beziehung über eine Sicherheitsgruppe"
            }
            Missing::SufficientEntraRole => concat!(
                "eine ausreichende Microsoft Entra-Rolle: für Microsoft 365 ",
                service_support_admin!(),
                " oder ",
                global_admin!(),
                "; für Azure jede integrierte Rolle"
            ),
            Missing::SupportTicketRbacRole => concat!(
                "eine Azure-RBAC-Rolle, die Supporttickets schreiben darf: ",
                owner!(),
                ", ",
                contributor!(),
                " oder ",
                support_request_contributor!()
            ),
            Missing::AzureAccessGrant => {
                "Zugriff auf das Azure-Konto des Kunden, gewährt vom indirekten Anbieter"
            }
            Missing::AzureAccessPath => "ein beschriebener Weg zum Azure-Abonnement des Kunden",
            Missing::CustomerRule => "eine Regel für diese Mischung von Abonnements",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "Azure-Portal",
            Portal::Microsoft365AdminCenter => "Microsoft 365 Admin Center",
            // Not in the German seed (gdap-2023); spelled like its
            // "Microsoft 365 Admin Center".
            Portal::Office365AdminCenter => "Office 365 Admin Center",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "Azure",
            Workload::Office365 => "Office 365",
            Workload::DynamicsCrmOnline => "Dynamics CRM Online",
            Workload::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            Workload::CommercialMarketplace => "ein Produkt des kommerziellen Marketplace",
            Workload::Other => "ein anderes Produkt",
        }
    }

    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => "ein Supportlink auf der Website des ISV",
            IsvContact::Email => "eine Support-E-Mail-Adresse",
            IsvContact::Phone => "eine Supportrufnummer",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "keine",
            OwnEntitlement::PartnerProgramContract => {
                "Vertrags-ID des Microsoft AI Cloud Partner-Programms (früher MPN)"
            }
            OwnEntitlement::Premier => "Premier",
            OwnEntitlement::AzureSupportPlan => "ein Azure-Supportplan",
            OwnEntitlement::CloudSolutionProvider => "die CSP-Supportvorteile",
            OwnEntitlement::Other => "ein anderer Supportplan",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "keine separate Supportgebühr",
            Fee::Charged => "kostenpflichtig",
            Fee::Free => "kostenlos",
            Fee::NotStated => "für diese Art von Problem ist keine Gebühr angegeben",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "im Artikel genannt",
            Basis::Inherited => "geerbt",
            Basis::Outside => "außerhalb des Artikels",
            Basis::Interpreted => "ausgelegt",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "sich an seinen CSP-Partner wenden",
            CustomerOption::OpenRequestWithMicrosoft => {
                "im Microsoft 365 Admin Center eine Serviceanfrage bei Microsoft stellen"
            }
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "Schweregrad A (kritisch)",
            Severity::B => "Schweregrad B (mittel)",
            // The seed's table says "Mindestens C", a slip for "Minimaler Verlust"
            // in the same row: the level is called minimal.
            Severity::C => "Schweregrad C (minimal)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(Grundlage: {})",
            Label::Missing => "Es fehlt:",
            Label::Advice => "Empfehlung:",
            Label::Route => "Vorgehen:",
            Label::Plan => "Supportplan:",
            Label::Fee => "Gebühr:",
            Label::Source => "Quelle:",
            Label::Quote => "„{}“",
            Label::ListSeparator => "; ",
            Label::HoldsUntil => "gilt bis {}",
            Label::RenewsByDays => "verlängert sich um {} Tage",
            Label::PayableWithBenefits => {
                "bezahlbar mit Signature Cloud Support oder anderen Vorteilen des Partnerprogramms, für alle CSP-Partner, bezahlt oder im Testzeitraum"
            }
            Label::IsvContactForms => "Der Kontakt kann sein:",
            Label::CloudSolutionProvider => "Cloud-Lösungsanbieter",
            // Not in the German seed (dap menu): the established product names.
            Label::DapMicrosoft365Menu => "Office 365, Dynamics 365, Enterprise Mobility Suite",
            Label::Options => "Möglichkeiten:",
            Label::FirstResponse => "Erste Antwort:",
            Label::Due => "fällig {}",
            Label::Overdue => "überfällig",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "rund um die Uhr (englischsprachiger Support)",
            Clock::BusinessHours => "während der Geschäftszeiten (Support in lokaler Sprache)",
            Clock::OneBusinessDay => "innerhalb eines Geschäftstags (kein Break-Fix-Vorfall)",
        }
    }

    // The catalogue's notes on outside sources, in German. Titles are
    // Microsoft's German ones where they were found: „Zuweisen von Rollen und
    // Berechtigungen zu Benutzern“ (permissions-overview.md, de-DE),
    // „Gewusst wie: Erstellen einer Azure-Supportanfrage“; "GDAP-Rollenleitfaden"
    // is the German seed's own name for the role guidance.
    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        match id {
            RuleId::FilerPartnerTypes => Some(
                "DAP: Vor GDAP gaben delegierte Administratorrechte Partnern administrativen Zugriff auf ihre Kunden",
            ),
            RuleId::AzureProviderOnly => Some(
                "Microsoft Learn, englischer Text derselben Überarbeitung von 2023 (ms.date 2023-09-23), ohne die Einschränkung der deutschen Fassung",
            ),
            RuleId::FilerDapDelegatedAdmin => Some(
                "DAP; Partner Center, „Zuweisen von Rollen und Berechtigungen zu Benutzern“ (2022)",
            ),
            RuleId::FilerAdminAgentGdap => Some(
                "Microsoft Learn, GDAP-Rollen mit den geringsten Berechtigungen je Aufgabe (2023); Partner Center, „Zuweisen von Rollen und Berechtigungen zu Benutzern“ (2022)",
            ),
            RuleId::AzureGdapRbac => Some(
                "Microsoft Learn, GDAP-Rollenleitfaden (2023) und „Gewusst wie: Erstellen einer Azure-Supportanfrage“",
            ),
            _ => None,
        }
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "Überprüfen Sie im Partner Center zunächst die Dienstintegrität und die Dienstvorfälle."
            }
            StepKey::CheckEscalationCriteria => {
                "Prüfen Sie, ob das Problem die Kriterien von „Eskalieren von Problemen an Microsoft“ erfüllt."
            }
            // gdap-2025 path, not in the German seed: the established names
            // of the German Partner Center ("Verwalten", "Serviceanfragen").
            StepKey::OpenServiceRequestsCsp => {
                "Wählen Sie im Partner Center im linken Menü unter CSP die Option „Verwalten“ und dann „Serviceanfragen“ aus."
            }
            StepKey::OpenServiceRequestsCustomers => {
                "Wählen Sie im Menü „Partner Center“ die Option „Kunden“, Ihren Kunden und dann im Menü „Kunde“ die Option „Dienstverwaltung“ aus."
            }
            // dap path, not in the German seed: the established names of the
            // German Partner Center ("Dashboard", "Kundenanfragen").
            StepKey::OpenServiceRequestsDashboard => {
                "Wählen Sie im Menü „Dashboard“ die Option „Serviceanfragen“ und dann „Kundenanfragen“ aus."
            }
            StepKey::SelectCustomer => "Wählen Sie den Kunden aus.",
            StepKey::ConfirmAdminRelationship => {
                "Prüfen Sie, ob Sie eine aktive Administratorbeziehung mit der richtigen Sicherheitsrolle und Benutzerzuweisung haben."
            }
            // Not in the German seed: "Neue Anforderung", as Microsoft's German
            // "Melden von Problemen im Auftrag eines Kunden" (2019) names the menu.
            StepKey::NewRequest => "Wählen Sie „Neue Anforderung“ und dann {} aus.",
            StepKey::OpenAzurePortal => {
                "Das Azure-Portal öffnet sich in Ihrem Partnerkontext für den Mandanten des Kunden."
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "Das Microsoft 365 Admin Center öffnet sich in Ihrem Partnerkontext für den Mandanten des Kunden."
            }
            StepKey::OpenOffice365AdminCenter => {
                "Das Office 365 Admin Center öffnet sich in Ihrem Partnerkontext für den Mandanten des Kunden."
            }
            StepKey::SignInAzurePortal => {
                "Melden Sie sich direkt beim Azure-Portal an, in Ihrem eigenen Kontext."
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Melden Sie sich direkt beim Microsoft 365 Admin Center an, in Ihrem eigenen Kontext."
            }
            StepKey::SignInOffice365AdminCenter => {
                "Melden Sie sich direkt beim Office 365 Admin Center an, in Ihrem eigenen Kontext."
            }
            StepKey::StartRequestAzure => "Wählen Sie im Azure-Portal „Neue Supportanfrage“ aus.",
            StepKey::StartRequestAdminCenter => {
                "Wählen Sie im Abschnitt „Serviceanfrage erstellen“ die geeignete Supportkategorie aus (eventuell unter „Mehr...“)."
            }
            StepKey::SelectCspPlan => {
                "Wählen Sie im Abschnitt „Grundlagen“ im Feld „Supportplan“ die Option „Cloud-Lösungsanbieter“ aus."
            }
            StepKey::SelectOwnPlan => "Geben Sie Ihre eigene Supportplanberechtigung an: {}.",
            StepKey::EnterPartnerContact => {
                "Geben Sie Ihre eigenen Kontaktinformationen ein, nicht die Ihres Kunden."
            }
            StepKey::StateBusinessImpact => {
                "Geben Sie die geschäftlichen Auswirkungen an; sie bestimmen den {}."
            }
            StepKey::SubmitAzure => "Klicken Sie auf „Erstellen“.",
            StepKey::SubmitAdminCenter => {
                "Füllen Sie das Serviceanfrageformular aus, und wählen Sie „Absenden“ aus."
            }
            StepKey::TrackAzure => {
                "Später prüfen Sie die Anfrage im Azure-Portal unter „Supportanfragen verwalten“."
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "Später prüfen Sie die Anfrage im Microsoft 365 Admin Center unter „Alle Supporttickets anzeigen“."
            }
            StepKey::TrackOffice365AdminCenter => {
                "Später prüfen Sie die Anfrage im Office 365 Admin Center unter „Alle Supporttickets anzeigen“."
            }
            StepKey::SelectMarketplaceProduct => {
                "Wählen Sie auf der Marketplace-Seite das Produkt aus, bei dem Sie Hilfe benötigen."
            }
            StepKey::ContactIsv => {
                "Microsoft bietet dafür keinen Support: Wenden Sie sich an den ISV, der das Produkt veröffentlicht hat; seine Supportkontaktinformationen stehen auf der Produktseite."
            }
        }
    }
}
