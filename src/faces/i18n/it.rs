//! Italian. UI names as the Italian seed (`003_dd42c971887af60d.txt`,
//! `gdap-2025`) spells them: "Nuova richiesta di supporto", "Crea",
//! "Gestisci richieste di supporto", "Invia", "Visualizza tutti i ticket di
//! supporto", "Informazioni di base", "Piano di supporto", "Cloud Solution
//! Provider", "Agente amministratore", "Centro per i partner",
//! "interfaccia di amministrazione di Microsoft 365". Role names are "nome
//! italiano (English name)", from the seed and Microsoft's Italian
//! documentation (sources at each macro below).

use super::{Clock, Label, StepKey, Texts};

// Partner Center roles, from the it-IT partner-center/permissions-overview.md
// ("Assegnare ruoli e autorizzazioni agli utenti", MicrosoftDocs/
// partner-center-pr.it-it, 2020): "Agente amministratore" (also the seed's),
// "Agente di supporto tecnico", "Amministratore globale".
macro_rules! admin_agent {
    () => {
        "Agente amministratore (Admin agent)"
    };
}
macro_rules! helpdesk_agent {
    () => {
        "Agente di supporto tecnico (Helpdesk agent)"
    };
}
// Microsoft Entra roles, from the it-IT permissions-reference.md (table of all
// roles): "Amministratore servizio di supporto", "Amministratore globale".
macro_rules! service_support_admin {
    () => {
        "Amministratore servizio di supporto (Service support administrator)"
    };
}
macro_rules! global_admin {
    () => {
        "Amministratore globale (Global administrator)"
    };
}
// Azure RBAC roles, from the it-IT article on creating an Azure support request
// ("essere Proprietario o Collaboratore o essere assegnato al ruolo di
// Collaboratore richieste di supporto").
macro_rules! support_request_contributor {
    () => {
        "Collaboratore richieste di supporto (Support Request Contributor)"
    };
}
macro_rules! owner {
    () => {
        "Proprietario (Owner)"
    };
}
macro_rules! contributor {
    () => {
        "Collaboratore (Contributor)"
    };
}
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct It;

impl Texts for It {
    fn rule(&self, id: RuleId) -> &'static str {
        match id {
            RuleId::ScopeClouds => {
                "Centro per i partner e Centro per i partner per Microsoft Cloud per il governo degli Stati Uniti; in dap anche Microsoft Cloud Germania."
            }
            RuleId::ScopeWorkloads => {
                "Le richieste per conto dei clienti sono disponibili per Azure, Office 365, Dynamics CRM Online ed Enterprise Mobility Suite; il resto non è coperto."
            }
            RuleId::ScopeMarketplaceIsv => {
                "Microsoft non fornisce supporto per i prodotti del marketplace commerciale: contattare l'ISV tramite la pagina del prodotto."
            }
            RuleId::ScopeProblemKinds => {
                "Sono coperti i problemi tecnici, di fatturazione e di gestione delle sottoscrizioni; dap cita anche contestazioni di fatture e sospette frodi."
            }
            RuleId::ScopeCannotResolveFirst => {
                "Una richiesta riguarda un problema che non è possibile risolvere da soli: controllare prima l'integrità del servizio (dap: i criteri di escalation)."
            }
            RuleId::RouteNoPhone => "Questo programma non prevede supporto telefonico.",
            RuleId::RouteDirectSignInOwnContext => {
                "Accedendo direttamente al portale di Azure o all'interfaccia di amministrazione si vede il proprio contesto, non quello del cliente: solo per le proprie sottoscrizioni."
            }
            RuleId::OwnDirectSignIn => {
                "Le richieste sulle proprie sottoscrizioni si inviano accedendo direttamente al portale di Azure o all'interfaccia di amministrazione."
            }
            RuleId::OwnEntitlementRequired => {
                "Una richiesta sulla propria sottoscrizione indica un diritto valido a un piano di supporto proprio: ID contratto del programma partner, Premier o un piano di supporto tecnico di Azure."
            }
            RuleId::OwnNotCspEntitlement => {
                "Il supporto per il proprio tenant e le proprie sottoscrizioni partner non rientra nel diritto di supporto CSP."
            }
            RuleId::FilerPartnerTypes => {
                "Chi può inviare richieste per conto di un cliente: in gdap-2023 tutti e quattro i tipi di partner; in gdap-2025 solo CSP Direct (partner con fatturazione diretta) e provider indiretti; in dap ogni tipo con privilegi di amministratore delegato."
            }
            RuleId::AzureProviderOnly => {
                "I rivenditori indiretti e gli advisor non possono aprire richieste di supporto Azure per il cliente, anche con un contratto di supporto; può farlo solo il provider della sottoscrizione."
            }
            RuleId::FilerDapDelegatedAdmin => concat!(
                "Il partner ha privilegi di amministratore delegato per il cliente e l'utente che invia ha il ruolo ",
                admin_agent!(),
                " o ",
                helpdesk_agent!(),
                "."
            ),
            RuleId::FilerAdminAgentGdap => concat!(
                "L'utente che invia ha il ruolo ",
                admin_agent!(),
                " ed è assegnato, tramite un gruppo di sicurezza, a una relazione GDAP attiva con, per Microsoft 365, il ruolo ",
                service_support_admin!(),
                " o ",
                global_admin!(),
                " (per Azure qualsiasi ruolo predefinito)."
            ),
            RuleId::AzureNoAdminPermissions => {
                "Un provider Azure senza autorizzazioni di amministratore per il cliente viene rimandato a una procedura separata che l'articolo non descrive."
            }
            RuleId::AzureGdapRbac => concat!(
                "Per Azure servono una relazione GDAP attiva (qualsiasi ruolo Entra) e un ruolo Azure RBAC che possa scrivere ticket di supporto: ",
                owner!(),
                ", ",
                contributor!(),
                " o ",
                support_request_contributor!(),
                "."
            ),
            RuleId::AzureDapAccessGranted => {
                "Per Azure il provider indiretto deve aver concesso al partner l'accesso all'account Azure del cliente; il provider della sottoscrizione non ne ha bisogno."
            }
            RuleId::RouteViaPartnerCenter => {
                "Le richieste per i clienti si inviano tramite il Centro per i partner, seguendo il percorso dell'edizione."
            }
            RuleId::RouteWorkloadPortal => {
                "Il Centro per i partner apre il portale del carico di lavoro, nel contesto dell'account partner per il tenant del cliente: il portale di Azure o l'interfaccia di amministrazione di Microsoft 365 (dap: Office 365)."
            }
            RuleId::RouteTrack => {
                "Per rivedere le richieste: portale di Azure > Gestisci richieste di supporto; interfaccia di amministrazione > Visualizza tutti i ticket di supporto."
            }
            RuleId::FormAzureSupportPlan => {
                "Una richiesta Azure per un cliente seleziona Cloud Solution Provider nel campo Piano di supporto della sezione Informazioni di base."
            }
            RuleId::FormPartnerContact => {
                "Si immettono le proprie informazioni di contatto, mai quelle del cliente."
            }
            RuleId::FormSeverityFromImpact => {
                "La gravità deriva dall'impatto aziendale indicato all'invio."
            }
            RuleId::FeeM365None => {
                "Office 365, Dynamics CRM Online ed Enterprise Mobility Suite non addebitano a partner e clienti una tariffa di supporto separata."
            }
            RuleId::FeeAzureCharged => {
                "Il supporto di Azure è a pagamento; chi ha diritto a Signature Cloud Support o ad altri vantaggi del programma partner può pagarlo con questi."
            }
            RuleId::FeeAllCspPartners => {
                "Il vantaggio vale per tutti i partner del programma CSP, sia paganti sia in periodo di prova."
            }
            RuleId::FeeBillingFree => {
                "Il supporto per fatturazione e gestione delle sottoscrizioni è gratuito."
            }
            RuleId::SlaSeverityA => {
                "Gravità A (critica: produzione ferma): prima risposta entro 2 ore."
            }
            RuleId::SlaSeverityB => {
                "Gravità B (moderata: produzione in parte colpita): prima risposta entro 4 ore."
            }
            RuleId::SlaSeverityC => {
                "Gravità C (minima: servizi disponibili o solo non produzione colpita): prima risposta entro 8 ore."
            }
            RuleId::SlaEnglish24x7 => {
                "I tempi di risposta valgono per il supporto in inglese, il cui orologio corre 24 ore su 24."
            }
            RuleId::SlaLocalLanguageBusinessHours => {
                "Il supporto nella lingua locale è fornito in orario lavorativo: conta solo l'orario lavorativo del calendario."
            }
            RuleId::SlaNonBreakFixOneBusinessDay => {
                "Per un evento imprevisto coperto dal diritto di supporto che non è un intervento tecnico di correzione (break-fix), la prima risposta può richiedere fino a un giorno lavorativo."
            }
            RuleId::SlaPriority => {
                "I partner CSP possono prevedere che i problemi principali ricevano la priorità."
            }
            RuleId::CustomerTrialPartnerOnly => {
                "I clienti con sottoscrizioni CSP e sottoscrizioni Direct tutte in prova possono contattare soltanto il partner CSP."
            }
            RuleId::CustomerPaidEither => {
                "I clienti con sottoscrizioni CSP e almeno una sottoscrizione Direct a pagamento possono aprire una richiesta di servizio con Microsoft o contattare il partner."
            }
        }
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "Consentito",
            Outcome::Denied => "Negato",
            Outcome::NotCovered => "Non coperto",
            Outcome::Redirected => "Reindirizzato",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "Chiedere al provider CSP diretto (partner con fatturazione diretta) o al provider indiretto del cliente di inviare la richiesta."
            }
            Remedy::AskSubscriptionProviderToFile => {
                "Chiedere al provider della sottoscrizione di Azure del cliente di inviare la richiesta."
            }
            Remedy::GetAdminAgentRole => concat!(
                "Ottenere il ruolo ",
                admin_agent!(),
                " nel Centro per i partner."
            ),
            Remedy::GetAdminOrHelpdeskAgentRole => concat!(
                "Ottenere il ruolo ",
                admin_agent!(),
                " o ",
                helpdesk_agent!(),
                " nel Centro per i partner."
            ),
            Remedy::ObtainDelegatedAdmin => {
                "Ottenere privilegi di amministratore delegato (DAP) per il cliente."
            }
            Remedy::EstablishActiveGdapRelationship => {
                "Creare o rinnovare una relazione GDAP attiva con il cliente."
            }
            Remedy::AssignUserToRelationship => {
                "Assegnare l'utente alla relazione GDAP tramite un gruppo di sicurezza."
            }
            Remedy::AddServiceSupportAdministrator => concat!(
                "Aggiungere il ruolo ",
                service_support_admin!(),
                " alla relazione GDAP e assegnarlo al gruppo di sicurezza dell'utente."
            ),
            Remedy::AssignSupportRequestContributor => concat!(
                "Assegnare sulla sottoscrizione di Azure uno dei ruoli ",
                support_request_contributor!(),
                ", ",
                owner!(),
                " o ",
                contributor!(),
                "."
            ),
            Remedy::AskIndirectProviderForAzureAccess => {
                "Chiedere al provider indiretto di concedere l'accesso all'account Azure del cliente."
            }
            Remedy::StartFromPartnerCenter => {
                "Partire dal Centro per i partner, non da un accesso diretto."
            }
            Remedy::SignInDirectly => {
                "Accedere direttamente al portale di Azure o all'interfaccia di amministrazione, nel proprio contesto."
            }
            Remedy::NameOwnSupportPlan => {
                "Indicare il proprio piano di supporto: ID contratto del programma partner, Premier o un piano di supporto tecnico di Azure."
            }
            Remedy::FileThroughPartnerCenter => {
                "Inviare la richiesta tramite il Centro per i partner; il supporto telefonico non è previsto."
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "un cloud coperto da questa edizione",
            Missing::CoveredWorkload => "un carico di lavoro coperto da questa edizione",
            Missing::CoveredProblemKind => "un tipo di problema coperto da questa edizione",
            Missing::CoveredChannel => "un canale previsto da questa edizione",
            Missing::MatchingPortal => "il portale che serve questo carico di lavoro",
            Missing::NamedEntitlement => {
                "un piano di supporto che l'articolo indica per il proprio tenant"
            }
            Missing::AllowedPartnerType => "un tipo di partner che in questa edizione può inviare",
            Missing::SubscriptionProvider => {
                "il ruolo di provider della sottoscrizione di Azure del cliente"
            }
            Missing::PartnerCenterRole => {
                "il ruolo del Centro per i partner richiesto da questa edizione"
            }
            Missing::DelegatedAdmin => "privilegi di amministratore delegato (DAP)",
            Missing::ActiveRelationship => "una relazione GDAP attiva al momento dell'invio",
            Missing::UserAssignment => {
                "l'assegnazione dell'utente alla relazione tramite un gruppo di sicurezza"
            }
            Missing::SufficientEntraRole => concat!(
                "un ruolo Microsoft Entra sufficiente: per Microsoft 365 ",
                service_support_admin!(),
                " o ",
                global_admin!(),
                "; per Azure qualsiasi ruolo predefinito"
            ),
            Missing::SupportTicketRbacRole => concat!(
                "un ruolo Azure RBAC che possa scrivere ticket di supporto: ",
                owner!(),
                ", ",
                contributor!(),
                " o ",
                support_request_contributor!()
            ),
            Missing::AzureAccessGrant => {
                "l'accesso all'account Azure del cliente, concesso dal provider indiretto"
            }
            Missing::AzureAccessPath => {
                "un modo documentato per raggiungere la sottoscrizione di Azure del cliente"
            }
            Missing::CustomerRule => "una regola per questa combinazione di sottoscrizioni",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "portale di Azure",
            Portal::Microsoft365AdminCenter => "interfaccia di amministrazione di Microsoft 365",
            // Not in the Italian seed (gdap-2025): spelled like its
            // "interfaccia di amministrazione di Microsoft 365".
            Portal::Office365AdminCenter => "interfaccia di amministrazione di Office 365",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "Azure",
            Workload::Office365 => "Office 365",
            Workload::DynamicsCrmOnline => "Dynamics CRM Online",
            Workload::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            Workload::CommercialMarketplace => "un prodotto del marketplace commerciale",
            Workload::Other => "un altro prodotto",
        }
    }

    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => {
                "un collegamento a un punto di ingresso del supporto tecnico nel sito Web dell'ISV"
            }
            IsvContact::Email => "un indirizzo di posta elettronica di supporto",
            IsvContact::Phone => "un numero di telefono per contattare il supporto tecnico",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "nessuno",
            OwnEntitlement::PartnerProgramContract => {
                "l'ID contratto del programma Microsoft AI Cloud Partner (in passato MPN)"
            }
            OwnEntitlement::Premier => "Premier",
            OwnEntitlement::AzureSupportPlan => "un piano di supporto tecnico di Azure",
            OwnEntitlement::CloudSolutionProvider => "il diritto di supporto del programma CSP",
            OwnEntitlement::Other => "un altro piano di supporto",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "nessuna tariffa di supporto separata",
            Fee::Charged => "a pagamento",
            Fee::Free => "gratuito",
            Fee::NotStated => "nessun costo indicato per questo tipo di problema",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "indicato nell'articolo",
            Basis::Inherited => "ereditato",
            Basis::Outside => "esterno all'articolo",
            Basis::Interpreted => "interpretato",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "contattare il partner CSP",
            CustomerOption::OpenRequestWithMicrosoft => {
                "aprire una richiesta di servizio con Microsoft nell'interfaccia di amministrazione di Microsoft 365"
            }
        }
    }

    // The Italian seed (gdap-2025) has no severity table: the levels are
    // named plainly, with the letters every seed uses.
    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "gravità A (critica)",
            Severity::B => "gravità B (moderata)",
            Severity::C => "gravità C (minima)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(base: {})",
            Label::Missing => "Manca:",
            Label::Advice => "Consiglio:",
            Label::Route => "Procedura:",
            Label::Plan => "Piano di supporto:",
            Label::Fee => "Costo:",
            Label::Source => "Fonte:",
            Label::Quote => "«{}»",
            Label::ListSeparator => "; ",
            Label::HoldsUntil => "valido fino al {}",
            Label::RenewsByDays => "si rinnova di {} giorni",
            Label::PayableWithBenefits => {
                "pagabile con Signature Cloud Support o altri vantaggi del programma partner, per tutti i partner CSP, sia paganti sia in periodo di prova"
            }
            Label::IsvContactForms => "Il contatto può essere:",
            Label::CloudSolutionProvider => "Cloud Solution Provider",
            // Not in the Italian seed (dap menu): the established product names.
            Label::DapMicrosoft365Menu => "Office 365, Dynamics 365, Enterprise Mobility Suite",
            Label::Options => "Possibilità:",
            Label::FirstResponse => "Prima risposta:",
            Label::Due => "scadenza {}",
            Label::Overdue => "scaduto",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "24 ore su 24 (supporto in inglese)",
            Clock::BusinessHours => "in orario lavorativo (supporto nella lingua locale)",
            Clock::OneBusinessDay => "entro un giorno lavorativo (nessun intervento break-fix)",
        }
    }

    // The catalogue's notes on outside sources, in Italian; "Indicazioni sui
    // ruoli GDAP" is the Italian seed's own name for the role guidance.
    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        match id {
            RuleId::FilerPartnerTypes => Some(
                "DAP: prima di GDAP, i privilegi di amministratore delegato davano ai partner l'accesso amministrativo ai loro clienti",
            ),
            RuleId::AzureProviderOnly => Some(
                "Microsoft Learn, testo inglese della stessa revisione del 2023 (ms.date 2023-09-23), senza la restrizione della versione tedesca",
            ),
            RuleId::FilerDapDelegatedAdmin => {
                Some("DAP; panoramica di ruoli e autorizzazioni del Centro per i partner (2022)")
            }
            RuleId::FilerAdminAgentGdap => Some(
                "Microsoft Learn, ruoli GDAP con privilegi minimi per attività (2023); panoramica di ruoli e autorizzazioni del Centro per i partner (2022)",
            ),
            RuleId::AzureGdapRbac => Some(
                "Microsoft Learn, Indicazioni sui ruoli GDAP (2023) e l'articolo sulla creazione di una richiesta di supporto di Azure",
            ),
            _ => None,
        }
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "Nel Centro per i partner controllare prima l'integrità del servizio e gli eventi imprevisti."
            }
            StepKey::CheckEscalationCriteria => {
                "Verificare che il problema soddisfi i criteri di «Inoltrare problemi a Microsoft»."
            }
            StepKey::OpenServiceRequestsCsp => {
                "Nel Centro per i partner selezionare Amministrazione in CSP nel menu di spostamento a sinistra, quindi Richieste di servizio."
            }
            StepKey::OpenServiceRequestsCustomers => {
                "Dal menu Centro per i partner selezionare Clienti, scegliere il cliente e selezionare Gestione dei servizi."
            }
            // dap path, not in the Italian seed: the established names of the
            // Italian Partner Center ("Dashboard", "Richieste dei clienti").
            StepKey::OpenServiceRequestsDashboard => {
                "Nel menu Dashboard selezionare Richieste di servizio, quindi Richieste dei clienti."
            }
            StepKey::SelectCustomer => {
                "Selezionare il cliente dall'elenco clienti o dal menu Amministrazione."
            }
            StepKey::ConfirmAdminRelationship => {
                "Verificare di avere una relazione amministrativa attiva con il ruolo di sicurezza e l'assegnazione utente appropriati."
            }
            StepKey::NewRequest => "Selezionare Nuova richiesta, quindi {}.",
            StepKey::OpenAzurePortal => {
                "Si apre il portale di Azure, nel contesto dell'account partner per il tenant del cliente."
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "Si apre l'interfaccia di amministrazione di Microsoft 365, nel contesto dell'account partner per il tenant del cliente."
            }
            StepKey::OpenOffice365AdminCenter => {
                "Si apre l'interfaccia di amministrazione di Office 365, nel contesto dell'account partner per il tenant del cliente."
            }
            StepKey::SignInAzurePortal => {
                "Accedere direttamente al portale di Azure, nel proprio contesto."
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Accedere direttamente all'interfaccia di amministrazione di Microsoft 365, nel proprio contesto."
            }
            StepKey::SignInOffice365AdminCenter => {
                "Accedere direttamente all'interfaccia di amministrazione di Office 365, nel proprio contesto."
            }
            StepKey::StartRequestAzure => {
                "Nel portale di Azure selezionare Nuova richiesta di supporto."
            }
            StepKey::StartRequestAdminCenter => {
                "Nella sezione Crea una richiesta di servizio scegliere la categoria di supporto appropriata (eventualmente tramite Più...)."
            }
            StepKey::SelectCspPlan => {
                "Nella sezione Informazioni di base selezionare Cloud Solution Provider nel campo Piano di supporto."
            }
            StepKey::SelectOwnPlan => "Indicare il proprio piano di supporto: {}.",
            StepKey::EnterPartnerContact => {
                "Immettere le proprie informazioni di contatto, non quelle del cliente."
            }
            StepKey::StateBusinessImpact => "Indicare l'impatto aziendale, che determina la {}.",
            StepKey::SubmitAzure => "Selezionare Crea.",
            StepKey::SubmitAdminCenter => {
                "Completare il modulo di richiesta di servizio e selezionare Invia."
            }
            StepKey::TrackAzure => {
                "In seguito, esaminare la richiesta nel portale di Azure selezionando Gestisci richieste di supporto."
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "In seguito, esaminare la richiesta nell'interfaccia di amministrazione di Microsoft 365 selezionando Visualizza tutti i ticket di supporto."
            }
            StepKey::TrackOffice365AdminCenter => {
                "In seguito, esaminare la richiesta nell'interfaccia di amministrazione di Office 365 selezionando Visualizza tutti i ticket di supporto."
            }
            StepKey::SelectMarketplaceProduct => {
                "Nella pagina Marketplace selezionare il prodotto con cui è necessaria assistenza."
            }
            StepKey::ContactIsv => {
                "Microsoft non fornisce supporto per il prodotto: contattare l'ISV che lo ha pubblicato; le informazioni di contatto sono nella pagina del prodotto."
            }
        }
    }
}
