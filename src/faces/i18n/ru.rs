//! Russian. UI names as the Russian seed (`002_f4f19e632006098d.txt`, `dap`)
//! spells them: "Новый запрос на поддержку", "Создать", "Управление
//! запросами на поддержку", "Отправить", "Просмотреть все запросы в службу
//! поддержки", "Основы", "План поддержки", "Поставщик облачных решений",
//! "Центр партнеров", "Центр администрирования Office 365". Role names are
//! "русское название (English name)", from Microsoft's Russian documentation
//! (sources at each macro below). A tenant is "тенант": Microsoft's Russian
//! pages also say "клиент" for it, which here means the customer.

use super::{Clock, Label, StepKey, Texts};

// Partner Center roles, from the ru-RU partner-center/permissions-overview.md
// (MicrosoftDocs/partner-center-pr.ru-ru): "Агент по администрированию",
// "Агент службы технической поддержки", "Глобальный администратор".
macro_rules! admin_agent {
    () => {
        "Агент по администрированию (Admin agent)"
    };
}
macro_rules! helpdesk_agent {
    () => {
        "Агент службы технической поддержки (Helpdesk agent)"
    };
}
// Microsoft Entra roles, from the ru-RU permissions-reference.md
// (Microsoft/azure-docs.ru-ru, "Встроенные роли", table of all roles):
// "Администратор поддержки служб", "Глобальный администратор".
macro_rules! service_support_admin {
    () => {
        "Администратор поддержки служб (Service support administrator)"
    };
}
macro_rules! global_admin {
    () => {
        "Глобальный администратор (Global administrator)"
    };
}
// Azure RBAC roles, from the ru-RU article on creating an Azure support
// request ("быть владельцем или участником либо быть назначенным роли
// Участник запроса на поддержку"): "Владелец", "Участник".
macro_rules! support_request_contributor {
    () => {
        "Участник запроса на поддержку (Support Request Contributor)"
    };
}
macro_rules! owner {
    () => {
        "Владелец (Owner)"
    };
}
macro_rules! contributor {
    () => {
        "Участник (Contributor)"
    };
}
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct Ru;

impl Texts for Ru {
    fn rule(&self, id: RuleId) -> &'static str {
        match id {
            RuleId::ScopeClouds => {
                "Центр партнеров и Центр партнеров для Microsoft Cloud для правительства США; в dap также Microsoft Cloud для Германии."
            }
            RuleId::ScopeWorkloads => {
                "Запросы от имени клиентов доступны для Azure, Office 365, Dynamics CRM Online и Enterprise Mobility Suite; все остальное не охвачено."
            }
            RuleId::ScopeMarketplaceIsv => {
                "Майкрософт не поддерживает продукты коммерческого Marketplace: обратитесь к независимому поставщику ПО (ISV) через страницу продукта."
            }
            RuleId::ScopeProblemKinds => {
                "Охвачены технические проблемы, выставление счетов и управление подпиской; в dap также споры по счетам и подозрения на мошенничество."
            }
            RuleId::ScopeCannotResolveFirst => {
                "Запрос подается о проблеме, которую вы не можете устранить сами: сначала проверьте работоспособность служб (dap: критерии эскалации)."
            }
            RuleId::RouteNoPhone => {
                "В рамках этой программы поддержка по телефону не предоставляется."
            }
            RuleId::RouteDirectSignInOwnContext => {
                "При прямом входе на портал Azure или в центр администрирования вы видите собственный контекст, а не контекст клиента: только для своих подписок."
            }
            RuleId::OwnDirectSignIn => {
                "Запросы о собственных подписках подаются после прямого входа на портал Azure или в центр администрирования."
            }
            RuleId::OwnEntitlementRequired => {
                "Запрос о собственной подписке указывает ваш действующий план поддержки: идентификатор контракта партнерской программы, Premier или план поддержки Azure."
            }
            RuleId::OwnNotCspEntitlement => {
                "Поддержка вашего собственного партнерского тенанта и ваших подписок не входит в преимущество поддержки CSP."
            }
            RuleId::FilerPartnerTypes => {
                "Кто может подавать запросы от имени клиента: в gdap-2023 все четыре типа партнеров; в gdap-2025 только партнеры с прямым выставлением счетов (CSP Direct) и непрямые поставщики; в dap любой тип с делегированными правами администратора."
            }
            RuleId::AzureProviderOnly => {
                "Непрямые торговые посредники и консультанты не могут открывать запросы Azure от имени клиента, даже с контрактом на поддержку; это может только поставщик подписки."
            }
            RuleId::FilerDapDelegatedAdmin => concat!(
                "У партнера есть делегированные права администратора для клиента, а у пользователя — роль ",
                admin_agent!(),
                " или ",
                helpdesk_agent!(),
                "."
            ),
            RuleId::FilerAdminAgentGdap => concat!(
                "У пользователя роль ",
                admin_agent!(),
                ", и он через группу безопасности назначен в активное отношение GDAP, которое дает для Microsoft 365 роль ",
                service_support_admin!(),
                " или ",
                global_admin!(),
                ", для Azure — любую встроенную роль."
            ),
            RuleId::AzureNoAdminPermissions => {
                "Поставщика Azure без прав администратора для клиента статья отсылает к отдельной процедуре, которую не описывает."
            }
            RuleId::AzureGdapRbac => concat!(
                "Для Azure нужны активное отношение GDAP (любая роль Entra) и роль Azure RBAC с правом создавать запросы в службу поддержки: ",
                owner!(),
                ", ",
                contributor!(),
                " или ",
                support_request_contributor!(),
                "."
            ),
            RuleId::AzureDapAccessGranted => {
                "Для Azure непрямой поставщик должен предоставить вам доступ к учетной записи Azure клиента; самому поставщику подписки это не нужно."
            }
            RuleId::RouteViaPartnerCenter => {
                "Запросы от имени клиентов подаются через Центр партнеров, по пути своей редакции."
            }
            RuleId::RouteWorkloadPortal => {
                "Центр партнеров перенаправляет на портал службы в вашем контексте для тенанта клиента: портал Azure или Центр администрирования Microsoft 365 (dap: Office 365)."
            }
            RuleId::RouteTrack => {
                "Просмотр запросов позже: портал Azure > Управление запросами на поддержку; центр администрирования > Просмотреть все запросы в службу поддержки."
            }
            RuleId::FormAzureSupportPlan => {
                "В запросе Azure от имени клиента в разделе Основы в поле План поддержки выбирается Поставщик облачных решений."
            }
            RuleId::FormPartnerContact => {
                "Указываются ваши контактные данные, а не данные клиента."
            }
            RuleId::FormSeverityFromImpact => {
                "Серьезность определяется влиянием на бизнес, которое вы указываете при отправке."
            }
            RuleId::FeeM365None => {
                "Office 365, Dynamics CRM Online и Enterprise Mobility Suite не взимают с партнеров и клиентов отдельной платы за поддержку."
            }
            RuleId::FeeAzureCharged => {
                "Поддержка Azure платная; если у вас есть право на Signature Cloud Support или другие преимущества партнерской программы, вы можете воспользоваться ими для оплаты."
            }
            RuleId::FeeAllCspPartners => {
                "Это преимущество применимо ко всем партнерам CSP — с платной подпиской и на пробном периоде."
            }
            RuleId::FeeBillingFree => {
                "Поддержка по выставлению счетов и управлению подпиской бесплатна."
            }
            RuleId::SlaSeverityA => {
                "Уровень серьезности A (сильное влияние: отказ производственных служб): первый отклик в течение 2 часов."
            }
            RuleId::SlaSeverityB => {
                "Уровень серьезности B (умеренное влияние: производственные службы затронуты частично): первый отклик в течение 4 часов."
            }
            RuleId::SlaSeverityC => {
                "Уровень серьезности C (минимальное влияние: службы доступны или затронуты непроизводственные): первый отклик в течение 8 часов."
            }
            RuleId::SlaEnglish24x7 => {
                "Время отклика действует для англоязычной поддержки; ее часы идут круглосуточно."
            }
            RuleId::SlaLocalLanguageBusinessHours => {
                "Поддержка на местных языках предоставляется в рабочее время: учитывается только рабочее время календаря."
            }
            RuleId::SlaNonBreakFixOneBusinessDay => {
                "По инциденту в объеме обслуживания, который не относится к устранению технических неисправностей (break-fix), первый отклик может занять до одного рабочего дня."
            }
            RuleId::SlaPriority => {
                "Партнеры CSP могут рассчитывать на приоритет для своих самых серьезных проблем."
            }
            RuleId::CustomerTrialPartnerOnly => {
                "Клиент с подписками CSP и только пробными подписками Direct может обращаться только к своему партнеру CSP."
            }
            RuleId::CustomerPaidEither => {
                "Клиент с подписками CSP и платной подпиской Direct может открыть запрос в Майкрософт или обратиться к своему партнеру."
            }
        }
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "Разрешено",
            Outcome::Denied => "Отказано",
            Outcome::NotCovered => "Не охвачено",
            Outcome::Redirected => "Перенаправлено",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "Попросите партнера с прямым выставлением счетов (CSP Direct) или непрямого поставщика клиента подать запрос."
            }
            Remedy::AskSubscriptionProviderToFile => {
                "Попросите поставщика подписки Azure клиента подать запрос."
            }
            Remedy::GetAdminAgentRole => {
                concat!("Получите роль ", admin_agent!(), " в Центре партнеров.")
            }
            Remedy::GetAdminOrHelpdeskAgentRole => concat!(
                "Получите роль ",
                admin_agent!(),
                " или ",
                helpdesk_agent!(),
                " в Центре партнеров."
            ),
            Remedy::ObtainDelegatedAdmin => {
                "Получите делегированные права администратора (DAP) для клиента."
            }
            Remedy::EstablishActiveGdapRelationship => {
                "Установите или продлите активное отношение GDAP с клиентом."
            }
            Remedy::AssignUserToRelationship => {
                "Назначьте пользователя в отношение GDAP через группу безопасности."
            }
            Remedy::AddServiceSupportAdministrator => concat!(
                "Добавьте роль ",
                service_support_admin!(),
                " в отношение GDAP и назначьте ее группе безопасности пользователя."
            ),
            Remedy::AssignSupportRequestContributor => concat!(
                "Назначьте в подписке Azure одну из ролей: ",
                support_request_contributor!(),
                ", ",
                owner!(),
                " или ",
                contributor!(),
                "."
            ),
            Remedy::AskIndirectProviderForAzureAccess => {
                "Попросите непрямого поставщика предоставить вам доступ к учетной записи Azure клиента."
            }
            Remedy::StartFromPartnerCenter => "Начните с Центра партнеров, а не с прямого входа.",
            Remedy::SignInDirectly => {
                "Войдите напрямую на портал Azure или в центр администрирования, в собственном контексте."
            }
            Remedy::NameOwnSupportPlan => {
                "Укажите свой план поддержки: идентификатор контракта партнерской программы, Premier или план поддержки Azure."
            }
            Remedy::FileThroughPartnerCenter => {
                "Подайте запрос через Центр партнеров; поддержки по телефону нет."
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "облако, которое охватывает эта редакция",
            Missing::CoveredWorkload => "служба, которую охватывает эта редакция",
            Missing::CoveredProblemKind => "тип проблемы, который охватывает эта редакция",
            Missing::CoveredChannel => "канал, который называет эта редакция",
            Missing::MatchingPortal => "портал, который обслуживает эту службу",
            Missing::NamedEntitlement => {
                "план поддержки, который статья называет для вашего собственного тенанта"
            }
            Missing::AllowedPartnerType => {
                "тип партнера, которому эта редакция разрешает подавать запросы"
            }
            Missing::SubscriptionProvider => "быть поставщиком подписки Azure клиента",
            Missing::PartnerCenterRole => "роль в Центре партнеров, которую требует эта редакция",
            Missing::DelegatedAdmin => "делегированные права администратора (DAP)",
            Missing::ActiveRelationship => "отношение GDAP, активное на момент подачи",
            Missing::UserAssignment => {
                "назначение пользователя в отношение через группу безопасности"
            }
            Missing::SufficientEntraRole => concat!(
                "достаточная роль Microsoft Entra: для Microsoft 365 — ",
                service_support_admin!(),
                " или ",
                global_admin!(),
                "; для Azure — любая встроенная роль"
            ),
            Missing::SupportTicketRbacRole => concat!(
                "роль Azure RBAC с правом создавать запросы в службу поддержки: ",
                owner!(),
                ", ",
                contributor!(),
                " или ",
                support_request_contributor!()
            ),
            Missing::AzureAccessGrant => {
                "доступ к учетной записи Azure клиента, предоставленный непрямым поставщиком"
            }
            Missing::AzureAccessPath => "описанный способ доступа к подписке Azure клиента",
            Missing::CustomerRule => "правило для такого набора подписок",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "портал Azure",
            // Not in the Russian seed (dap): the established Microsoft name.
            Portal::Microsoft365AdminCenter => "Центр администрирования Microsoft 365",
            Portal::Office365AdminCenter => "Центр администрирования Office 365",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "Azure",
            Workload::Office365 => "Office 365",
            Workload::DynamicsCrmOnline => "Dynamics CRM Online",
            Workload::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            Workload::CommercialMarketplace => "продукт коммерческого Marketplace",
            Workload::Other => "другой продукт",
        }
    }

    // Not in the Russian seed (dap has no marketplace section): plain names.
    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => "ссылка на сайт поддержки ISV",
            IsvContact::Email => "адрес электронной почты поддержки",
            IsvContact::Phone => "номер телефона поддержки",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "нет",
            OwnEntitlement::PartnerProgramContract => {
                "идентификатор контракта MPN (теперь Microsoft AI Cloud Partner Program)"
            }
            OwnEntitlement::Premier => "план поддержки Premier",
            OwnEntitlement::AzureSupportPlan => "план поддержки Azure",
            OwnEntitlement::CloudSolutionProvider => "преимущество поддержки CSP",
            OwnEntitlement::Other => "другой план поддержки",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "без отдельной платы за поддержку",
            Fee::Charged => "платно",
            Fee::Free => "бесплатно",
            Fee::NotStated => "плата для этого вида проблем не указана",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "сказано в статье",
            Basis::Inherited => "унаследовано",
            Basis::Outside => "вне статьи",
            Basis::Interpreted => "толкование",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "обратиться к своему партнеру CSP",
            CustomerOption::OpenRequestWithMicrosoft => {
                "открыть запрос в Майкрософт в Центре администрирования Microsoft 365"
            }
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "уровень серьезности A (сильное влияние)",
            Severity::B => "уровень серьезности B (умеренное влияние)",
            Severity::C => "уровень серьезности C (минимальное влияние)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(основание: {})",
            Label::Missing => "Требуется:",
            Label::Advice => "Совет:",
            Label::Route => "Порядок действий:",
            Label::Plan => "План поддержки:",
            Label::Fee => "Плата:",
            Label::Source => "Источник:",
            Label::Quote => "«{}»",
            Label::ListSeparator => "; ",
            Label::HoldsUntil => "действует до {}",
            Label::RenewsByDays => "продлевается на {} дн.",
            Label::PayableWithBenefits => {
                "можно оплатить Signature Cloud Support или другими преимуществами партнерской программы — для всех партнеров CSP, с платной подпиской и на пробном периоде"
            }
            Label::IsvContactForms => "Контакт может быть таким:",
            Label::CloudSolutionProvider => "Поставщик облачных решений",
            Label::DapMicrosoft365Menu => "Office 365, Dynamics 365, Enterprise Mobility Suite",
            Label::Options => "Варианты:",
            Label::FirstResponse => "Первый отклик:",
            Label::Due => "срок {}",
            Label::Overdue => "просрочено",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "круглосуточно (англоязычная поддержка)",
            Clock::BusinessHours => "в рабочее время (поддержка на местном языке)",
            Clock::OneBusinessDay => "в течение одного рабочего дня (инцидент не типа break-fix)",
        }
    }

    // The catalogue's notes on outside sources, in Russian. "Как создать
    // запрос в службу поддержки на портале Azure" is the Russian title of
    // "Create an Azure support request".
    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        match id {
            RuleId::FilerPartnerTypes => Some(
                "DAP: до GDAP делегированные права администратора давали партнерам административный доступ к их клиентам",
            ),
            RuleId::AzureProviderOnly => Some(
                "Microsoft Learn, английский текст той же редакции 2023 года (ms.date 2023-09-23), без оговорки немецкой версии",
            ),
            RuleId::FilerDapDelegatedAdmin => {
                Some("DAP; обзор ролей и разрешений Центра партнеров (2022)")
            }
            RuleId::FilerAdminAgentGdap => Some(
                "Microsoft Learn, роли GDAP с минимальными правами по задачам (2023); обзор ролей и разрешений Центра партнеров (2022)",
            ),
            RuleId::AzureGdapRbac => Some(
                "Microsoft Learn, руководство по ролям GDAP (2023) и «Как создать запрос в службу поддержки на портале Azure»",
            ),
            _ => None,
        }
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "Сначала проверьте в Центре партнеров работоспособность служб и инциденты."
            }
            StepKey::CheckEscalationCriteria => {
                "Проверьте, отвечает ли проблема критериям из раздела «Сообщение о проблемах в Майкрософт»."
            }
            // gdap-2025 path, not in the Russian seed: the established names
            // of the Russian Partner Center.
            StepKey::OpenServiceRequestsCsp => {
                "В Центре партнеров в левом меню в разделе CSP выберите Администрирование, а затем Запросы на обслуживание."
            }
            // gdap-2023 path, not in the Russian seed: the established names.
            StepKey::OpenServiceRequestsCustomers => {
                "В меню Центра партнеров выберите Клиенты, затем своего клиента и Управление службами."
            }
            // The seed's step 1 says "Запроса клиента", a slip: its step 2
            // names the page "Запросы клиентов".
            StepKey::OpenServiceRequestsDashboard => {
                "В меню Информационная панель выберите Запросы на обслуживание, а затем — Запросы клиентов."
            }
            StepKey::SelectCustomer => "Найдите и выберите клиента.",
            StepKey::ConfirmAdminRelationship => {
                "Убедитесь, что у вас есть активное отношение администратора с нужной ролью безопасности и назначением пользователя."
            }
            StepKey::NewRequest => "В раскрывающемся меню Новый запрос выберите пункт {}.",
            StepKey::OpenAzurePortal => {
                "Вы будете перенаправлены на портал Microsoft Azure — в контексте партнера для тенанта клиента."
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "Вы будете перенаправлены в Центр администрирования Microsoft 365 — в контексте партнера для тенанта клиента."
            }
            StepKey::OpenOffice365AdminCenter => {
                "Вы будете перенаправлены в Центр администрирования Office 365 — в контексте партнера для тенанта клиента."
            }
            StepKey::SignInAzurePortal => {
                "Войдите напрямую на портал Microsoft Azure, в собственном контексте."
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Войдите напрямую в Центр администрирования Microsoft 365, в собственном контексте."
            }
            StepKey::SignInOffice365AdminCenter => {
                "Войдите напрямую в Центр администрирования Office 365, в собственном контексте."
            }
            StepKey::StartRequestAzure => "На портале Azure выберите Новый запрос на поддержку.",
            StepKey::StartRequestAdminCenter => {
                "В разделе Создание запроса на обслуживание выберите подходящую категорию темы поддержки (возможно, через пункт Дополнительно…)."
            }
            StepKey::SelectCspPlan => {
                "В разделе Основы в поле План поддержки выберите Поставщик облачных решений."
            }
            StepKey::SelectOwnPlan => "Укажите свой план поддержки: {}.",
            StepKey::EnterPartnerContact => "Укажите свои контактные данные, а не данные клиента.",
            StepKey::StateBusinessImpact => "Укажите степень влияния на бизнес; она определяет {}.",
            StepKey::SubmitAzure => "Выберите Создать.",
            StepKey::SubmitAdminCenter => {
                "Заполните форму запроса на обслуживание и выберите Отправить."
            }
            StepKey::TrackAzure => {
                "Позже просматривайте запрос на портале Microsoft Azure, выбрав Управление запросами на поддержку."
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "Позже просматривайте запрос в Центре администрирования Microsoft 365, выбрав Просмотреть все запросы в службу поддержки."
            }
            StepKey::TrackOffice365AdminCenter => {
                "Позже просматривайте запрос в Центре администрирования Office 365, выбрав Просмотреть все запросы в службу поддержки."
            }
            StepKey::SelectMarketplaceProduct => {
                "На странице Marketplace выберите продукт, с которым нужна помощь."
            }
            StepKey::ContactIsv => {
                "Майкрософт его не поддерживает: обратитесь к независимому поставщику ПО (ISV), опубликовавшему продукт; контакты поддержки указаны на странице продукта."
            }
        }
    }
}
