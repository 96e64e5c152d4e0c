//! Explanations in six languages (issue 7): completeness, fallback,
//! placeholders, the citation rule of conflict 4, and every sample rendered
//! in every language. Issue 16: role names are Microsoft's localized names
//! with the English name beside them, source notes are localized, and no
//! explanation outside English holds an English sentence (every scenario
//! case and sample, rendered in every language).
// The English-sentence detector reads the scenario files (feature `serde`).
#![cfg_attr(not(feature = "serde"), allow(dead_code))]

use chrono::TimeZone;
use csp_support::i18n::{
    Clock, Label, Lang, Localized, StepKey, citations, render_citation, render_date, render_due,
    render_due_str, render_holds_until, render_renews_by_days, render_rule_summary, render_step,
};
use csp_support::*;

/// Every step the library can produce, with every value of its data.
fn all_steps() -> Vec<Step> {
    let mut steps = vec![
        Step::CheckServiceHealth,
        Step::CheckEscalationCriteria,
        Step::SelectCustomer,
        Step::ConfirmAdminRelationship,
        Step::SelectSupportPlan {
            plan: SupportPlan::CloudSolutionProvider,
        },
        Step::EnterPartnerContact,
        Step::SelectMarketplaceProduct,
        Step::ContactIsv,
    ];
    steps.extend(
        PartnerCenterPath::ALL
            .iter()
            .map(|&path| Step::OpenServiceRequests { path }),
    );
    steps.extend(
        Workload::ALL
            .iter()
            .map(|&workload| Step::NewRequest { workload }),
    );
    for &portal in Portal::ALL {
        steps.extend([
            Step::OpenPortal { portal },
            Step::SignInDirectly { portal },
            Step::StartRequest { portal },
            Step::Submit { portal },
            Step::Track { portal },
        ]);
    }
    steps.extend(
        OwnEntitlement::ALL
            .iter()
            .map(|&entitlement| Step::SelectSupportPlan {
                plan: SupportPlan::Own { entitlement },
            }),
    );
    steps.extend(
        Severity::ALL
            .iter()
            .map(|&severity| Step::StateBusinessImpact { severity }),
    );
    steps
}

fn check_all<T: Localized + core::fmt::Debug>(keys: &[T], what: &str) {
    for &key in keys {
        for &lang in Lang::ALL {
            let text = key.text(lang);
            assert!(!text.trim().is_empty(), "{what} {key:?} has no {lang} text");
        }
    }
}

#[test]
fn every_message_key_has_all_six_languages() {
    assert_eq!(Lang::ALL.len(), 6);
    check_all(RuleId::ALL, "rule summary");
    check_all(Outcome::ALL, "outcome");
    check_all(Remedy::ALL, "remedy");
    check_all(Missing::ALL, "missing fact");
    check_all(Portal::ALL, "portal");
    check_all(Workload::ALL, "workload");
    check_all(PartnerCenterPath::ALL, "Partner Center path");
    check_all(IsvContact::ALL, "ISV contact form");
    check_all(OwnEntitlement::ALL, "own entitlement");
    check_all(Fee::ALL, "fee");
    check_all(CustomerOption::ALL, "customer option");
    check_all(Severity::ALL, "severity");
    check_all(Label::ALL, "label");
    check_all(Clock::ALL, "clock");
    check_all(StepKey::ALL, "step");
    let bases: Vec<Basis> = Basis::ALL.to_vec();
    check_all(&bases, "basis");
    let plans: Vec<SupportPlan> = std::iter::once(SupportPlan::CloudSolutionProvider)
        .chain(
            OwnEntitlement::ALL
                .iter()
                .map(|&entitlement| SupportPlan::Own { entitlement }),
        )
        .collect();
    check_all(&plans, "support plan");
    for step in all_steps() {
        for &edition in Edition::ALL {
            for &lang in Lang::ALL {
                let text = render_step(step, edition, lang).to_string();
                assert!(!text.trim().is_empty(), "{step:?} in {lang}");
                assert!(!text.contains("{}"), "{step:?} in {lang}: unfilled {text}");
            }
        }
    }
}

#[test]
fn every_language_has_its_own_text_for_every_rule_summary() {
    for &id in RuleId::ALL {
        for (i, a) in Lang::ALL.iter().enumerate() {
            for b in Lang::ALL.iter().skip(i + 1) {
                assert_ne!(
                    id.text(*a),
                    id.text(*b),
                    "{id}: {a} and {b} share a text (untranslated?)"
                );
            }
        }
    }
}

#[test]
fn templates_hold_exactly_the_placeholders_they_declare() {
    for &lang in Lang::ALL {
        for &label in Label::ALL {
            let n = label.text(lang).matches("{}").count();
            assert_eq!(n, usize::from(label.has_placeholder()), "{label} in {lang}");
        }
        for &key in StepKey::ALL {
            let n = key.text(lang).matches("{}").count();
            assert_eq!(n, usize::from(key.has_placeholder()), "{key} in {lang}");
        }
    }
}

#[test]
fn english_rule_summaries_are_the_catalogues() {
    for rule in catalogue() {
        assert_eq!(render_rule_summary(rule.id, Lang::En), rule.summary);
    }
}

#[test]
fn a_regional_tag_falls_back_to_its_language() {
    assert_eq!(Lang::from_tag_str("de-AT"), Lang::De);
    assert_eq!(Lang::from_tag_str("nl-BE"), Lang::Nl);
    assert_eq!(Lang::from_tag_str("it-CH"), Lang::It);
    assert_eq!(Lang::from_tag_str("ru-RU"), Lang::Ru);
    assert_eq!(Lang::from_tag_str("ja-JP"), Lang::Ja);
    assert_eq!(Lang::from_tag_str("en-GB"), Lang::En);
    assert_eq!(Lang::from_tag_str("DE"), Lang::De);
    let tag: LanguageTag = "de-AT".parse().unwrap();
    assert_eq!(Lang::from(&tag), Lang::De);
}

#[test]
fn an_unknown_or_malformed_tag_falls_back_to_english() {
    for tag in [
        "xx",
        "garbage!!",
        "",
        "fr",
        "zh-Hans-CN",
        "und",
        "123",
        "-de",
    ] {
        assert_eq!(Lang::from_tag_str(tag), Lang::En, "{tag:?}");
    }
    let tag: LanguageTag = "fr-CA".parse().unwrap();
    assert_eq!(Lang::from(&tag), Lang::En);
    assert_eq!(Lang::default(), Lang::En);
}

#[test]
fn a_malformed_tag_is_read_by_its_leading_letters() {
    assert_eq!(Lang::from_tag_str("de_AT"), Lang::De);
    assert_eq!(Lang::from_tag_str(" ja "), Lang::Ja);
}

#[test]
fn placeholders_render_the_same_in_every_language() {
    for (name, request) in samples::all() {
        let a = assess(&request);
        for &lang in Lang::ALL {
            let text = a.explain(lang).to_string();
            for id in a.all_rules().iter() {
                assert!(text.contains(id.as_str()), "{name} in {lang}: {id} missing");
            }
            assert!(
                text.contains(&a.decision.rules.to_string()),
                "{name} in {lang}"
            );
            assert!(text.starts_with(&format!("[{}] ", a.decided_under.edition)));
            if let Some(v) = a.decision.valid_until {
                assert!(
                    text.contains(&render_date(&v.at).to_string()),
                    "{name} in {lang}"
                );
                if let Some(days) = v.renews_by_days {
                    assert!(text.contains(&days.to_string()), "{name} in {lang}");
                }
            }
        }
    }
}

/// A role's English name and, per language, the name Microsoft's localized
/// documentation gives it (Partner Center permissions overview, Microsoft
/// Entra permissions reference, Azure "Create a support request"; the
/// language tables cite the page for each).
struct RoleName {
    english: &'static str,
    localized: [(Lang, &'static str); 5],
}

const ROLE_NAMES: [RoleName; 7] = [
    RoleName {
        english: "Admin agent",
        localized: [
            (Lang::De, "Administrator-Agent"),
            (Lang::Nl, "Beheerderagent"),
            (Lang::Ru, "Агент по администрированию"),
            (Lang::It, "Agente amministratore"),
            (Lang::Ja, "管理エージェント"),
        ],
    },
    RoleName {
        english: "Helpdesk agent",
        localized: [
            (Lang::De, "Helpdesk-Agent"),
            (Lang::Nl, "Helpdeskmedewerker"),
            (Lang::Ru, "Агент службы технической поддержки"),
            (Lang::It, "Agente di supporto tecnico"),
            (Lang::Ja, "ヘルプデスク エージェント"),
        ],
    },
    RoleName {
        english: "Service support administrator",
        localized: [
            (Lang::De, "Dienstsupportadministrator"),
            (Lang::Nl, "Serviceondersteuningsbeheerder"),
            (Lang::Ru, "Администратор поддержки служб"),
            (Lang::It, "Amministratore servizio di supporto"),
            (Lang::Ja, "サービス サポート管理者"),
        ],
    },
    RoleName {
        english: "Global administrator",
        localized: [
            (Lang::De, "Globaler Administrator"),
            (Lang::Nl, "Globale beheerder"),
            (Lang::Ru, "Глобальный администратор"),
            (Lang::It, "Amministratore globale"),
            (Lang::Ja, "グローバル管理者"),
        ],
    },
    RoleName {
        english: "Support Request Contributor",
        localized: [
            (Lang::De, "Mitwirkender für Supportanfragen"),
            (Lang::Nl, "Inzender voor ondersteuningsaanvragen"),
            (Lang::Ru, "Участник запроса на поддержку"),
            (Lang::It, "Collaboratore richieste di supporto"),
            (Lang::Ja, "サポート リクエスト共同作成者"),
        ],
    },
    RoleName {
        english: "Owner",
        localized: [
            (Lang::De, "Besitzer"),
            (Lang::Nl, "Eigenaar"),
            (Lang::Ru, "Владелец"),
            (Lang::It, "Proprietario"),
            (Lang::Ja, "所有者"),
        ],
    },
    RoleName {
        english: "Contributor",
        localized: [
            (Lang::De, "Mitwirkender"),
            (Lang::Nl, "Inzender"),
            (Lang::Ru, "Участник"),
            (Lang::It, "Collaboratore"),
            (Lang::Ja, "共同作成者"),
        ],
    },
];

/// "localized name (English name)", as every non-English text writes a role.
fn role_in(english: &str, lang: Lang) -> String {
    let role = ROLE_NAMES
        .iter()
        .find(|r| r.english == english)
        .unwrap_or_else(|| panic!("no role {english}"));
    let (_, localized) = role.localized.iter().find(|(l, _)| *l == lang).unwrap();
    format!("{localized} ({english})")
}

/// A text that names roles: what it is, its text in a language, the English
/// names of the roles it names.
type RoleText = (
    &'static str,
    fn(Lang) -> &'static str,
    &'static [&'static str],
);

/// Every text that names a role, and the roles it names.
fn texts_naming_roles() -> Vec<RoleText> {
    vec![
        (
            "GetAdminAgentRole",
            |l| Remedy::GetAdminAgentRole.text(l),
            &["Admin agent"],
        ),
        (
            "GetAdminOrHelpdeskAgentRole",
            |l| Remedy::GetAdminOrHelpdeskAgentRole.text(l),
            &["Admin agent", "Helpdesk agent"],
        ),
        (
            "AddServiceSupportAdministrator",
            |l| Remedy::AddServiceSupportAdministrator.text(l),
            &["Service support administrator"],
        ),
        (
            "AssignSupportRequestContributor",
            |l| Remedy::AssignSupportRequestContributor.text(l),
            &["Support Request Contributor", "Owner", "Contributor"],
        ),
        (
            "SufficientEntraRole",
            |l| Missing::SufficientEntraRole.text(l),
            &["Service support administrator", "Global administrator"],
        ),
        (
            "SupportTicketRbacRole",
            |l| Missing::SupportTicketRbacRole.text(l),
            &["Owner", "Contributor", "Support Request Contributor"],
        ),
        (
            "FILER-DAP-DELEGATED-ADMIN",
            |l| RuleId::FilerDapDelegatedAdmin.text(l),
            &["Admin agent", "Helpdesk agent"],
        ),
        (
            "FILER-ADMIN-AGENT-GDAP",
            |l| RuleId::FilerAdminAgentGdap.text(l),
            &[
                "Admin agent",
                "Service support administrator",
                "Global administrator",
            ],
        ),
        (
            "AZURE-GDAP-RBAC",
            |l| RuleId::AzureGdapRbac.text(l),
            &["Owner", "Contributor", "Support Request Contributor"],
        ),
    ]
}

/// Role names are Microsoft's localized names with the English name beside
/// them, so a reader finds both the portal's label and the English docs.
#[test]
fn role_names_are_microsofts_localized_names_with_the_english_name_beside() {
    for (what, text, roles) in texts_naming_roles() {
        for role in roles {
            assert!(text(Lang::En).contains(role), "{what} in en: {role}");
        }
        for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
            for role in roles {
                let pair = role_in(role, lang);
                assert!(
                    text(lang).contains(&pair),
                    "{what} in {lang}: no {pair:?} in {:?}",
                    text(lang)
                );
            }
        }
    }
}

#[cfg(feature = "serde")]
/// Outside the "localized (English)" pairs, no English role name stands
/// alone in a non-English explanation: every rendering of every scenario
/// and sample.
#[test]
fn no_english_role_name_stands_alone_in_a_non_english_explanation() {
    for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
        let mut pairs: Vec<String> = ROLE_NAMES
            .iter()
            .map(|r| role_in(r.english, lang))
            .collect();
        // The longest first: "Mitwirkender für Supportanfragen (…)" before "Mitwirkender (…)".
        pairs.sort_by_key(|p| std::cmp::Reverse(p.len()));
        for (name, text) in rendered(lang) {
            let mut rest = text.clone();
            for pair in &pairs {
                rest = rest.replace(pair.as_str(), "");
            }
            for role in &ROLE_NAMES {
                assert!(
                    !rest.contains(role.english),
                    "{name} in {lang}: {:?} alone in\n{text}",
                    role.english
                );
            }
        }
    }
}

#[test]
fn dates_render_the_same_in_every_language_in_the_calendars_zone() {
    let at = chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, 16, 17, 30, 0)
        .unwrap();
    let utc = chrono::Utc.with_ymd_and_hms(2027, 12, 31, 0, 0, 0).unwrap();
    for &lang in Lang::ALL {
        assert!(
            render_due(&at, lang)
                .to_string()
                .contains("2026-11-16 17:30 Europe/Berlin")
        );
        assert!(
            render_due_str("tomorrow 09:00", lang)
                .to_string()
                .contains("tomorrow 09:00")
        );
        assert!(
            render_holds_until(&utc, lang)
                .to_string()
                .contains("2027-12-31 00:00 UTC")
        );
        assert!(render_renews_by_days(180, lang).to_string().contains("180"));
    }
    // The same instant, shown in the zone it is given in.
    let tokyo = at.with_timezone(&chrono_tz::Asia::Tokyo);
    assert_eq!(
        render_date(&tokyo).to_string(),
        "2026-11-17 01:30 Asia/Tokyo"
    );
}

#[test]
fn deadline_clock_labels_exist_in_every_language() {
    for &lang in Lang::ALL {
        for &clock in Clock::ALL {
            assert!(!clock.text(lang).is_empty());
        }
        assert!(!Label::Overdue.text(lang).is_empty());
        assert!(!Label::FirstResponse.text(lang).is_empty());
    }
}

/// `RULES.md`, conflict 4: a rule cites its own edition's seeds; in the
/// language of one of them, that one; otherwise the edition's seeds in their
/// own language; never another edition's text.
#[test]
fn citations_stay_with_their_editions_seeds() {
    for &id in RuleId::ALL {
        let rule = id.rule();
        for &edition in Edition::ALL {
            let own: Vec<&Citation> = rule.citations_in(edition).collect();
            for &lang in Lang::ALL {
                let shown: Vec<&Citation> = citations(id, edition, lang).collect();
                // Only the edition's citations, never another edition's text.
                for c in &shown {
                    assert!(
                        own.contains(c),
                        "{id} {edition} {lang}: {c:?} not the edition's"
                    );
                }
                let in_lang: Vec<&Citation> = own
                    .iter()
                    .copied()
                    .filter(|c| Some(c.seed) == lang.seed())
                    .collect();
                if in_lang.is_empty() {
                    assert_eq!(shown, own, "{id} {edition} {lang}: the edition's seeds");
                } else {
                    assert_eq!(shown, in_lang, "{id} {edition} {lang}: the seed in {lang}");
                }
            }
        }
    }
}

#[test]
fn a_gdap_2025_rule_rendered_in_german_cites_the_dutch_and_italian_seeds() {
    let shown: Vec<&Citation> =
        citations(RuleId::AzureProviderOnly, Edition::Gdap2025, Lang::De).collect();
    assert!(!shown.is_empty());
    assert!(
        shown
            .iter()
            .all(|c| matches!(c.seed, Seed::Dutch | Seed::Italian))
    );
    let a = assess(&samples::reseller_azure_gdap_2025());
    let text = a.explain(Lang::De).to_string();
    assert!(text.contains("Een serviceaanvraag indienen in Microsoft Azure"));
    assert!(text.contains("Inviare una richiesta di servizio in Microsoft Azure"));
    assert!(!text.contains("Senden einer Serviceanfrage in Microsoft Azure"));
}

#[test]
fn a_rule_rendered_in_its_seeds_language_cites_only_that_seed() {
    let it: Vec<&Citation> =
        citations(RuleId::AzureProviderOnly, Edition::Gdap2025, Lang::It).collect();
    assert!(!it.is_empty() && it.iter().all(|c| c.seed == Seed::Italian));
    let ja: Vec<&Citation> = citations(RuleId::RouteNoPhone, Edition::Dap, Lang::Ja).collect();
    assert_eq!(ja.len(), 1);
    assert_eq!(ja[0].seed, Seed::Japanese);
    let de: Vec<&Citation> =
        citations(RuleId::AzureProviderOnly, Edition::Gdap2023, Lang::De).collect();
    assert!(!de.is_empty() && de.iter().all(|c| c.seed == Seed::German));
}

#[test]
fn an_inherited_gdap_2025_rule_cites_the_gdap_2023_german_seed() {
    for lang in [Lang::En, Lang::Nl, Lang::It, Lang::Ja] {
        let shown: Vec<&Citation> =
            citations(RuleId::FeeAzureCharged, Edition::Gdap2025, lang).collect();
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|c| c.seed == Seed::German), "{lang}");
    }
}

#[test]
fn a_citation_renders_its_heading_verbatim_in_the_seeds_language() {
    for rule in catalogue() {
        for c in rule.citations {
            for &lang in Lang::ALL {
                let text = render_citation(c, lang).to_string();
                assert!(text.contains(c.section), "{lang}: {text}");
                assert!(text.contains(c.seed.file_name()));
            }
        }
    }
}

#[test]
fn ui_names_are_the_seeds() {
    let azure = assess(&samples::direct_partner_azure());
    let m365 = assess(&samples::direct_partner_office365());
    let expect = [
        (
            Lang::De,
            "Neue Supportanfrage",
            "Supportanfragen verwalten",
            "Alle Supporttickets anzeigen",
        ),
        (
            Lang::Nl,
            "Nieuwe ondersteuningsaanvraag",
            "ondersteuningsaanvragen beheren",
            "alle ondersteuningstickets weergeven",
        ),
        (
            Lang::It,
            "Nuova richiesta di supporto",
            "Gestisci richieste di supporto",
            "Visualizza tutti i ticket di supporto",
        ),
        (
            Lang::Ru,
            "Новый запрос на поддержку",
            "Управление запросами на поддержку",
            "Просмотреть все запросы в службу поддержки",
        ),
        (
            Lang::Ja,
            "新しいサポート要求",
            "サポートの要求の管理",
            "すべてのサポート チケットを表示する",
        ),
        (
            Lang::En,
            "New support request",
            "Manage support requests",
            "View all support tickets",
        ),
    ];
    for (lang, new, manage, view_all) in expect {
        let a = azure.explain(lang).to_string();
        assert!(a.contains(new), "{lang}: {a}");
        assert!(a.contains(manage), "{lang}: {a}");
        let m = m365.explain(lang).to_string();
        assert!(m.contains(view_all), "{lang}: {m}");
    }
}

#[test]
fn the_dap_new_request_menu_names_the_microsoft_365_workloads_together() {
    let a = assess(&samples::dap_reseller_office365());
    assert!(
        a.explain(Lang::Ja)
            .to_string()
            .contains("[Office 365、Dynamics 365、Enterprise Mobility Suite]")
    );
    assert!(
        a.explain(Lang::Ru)
            .to_string()
            .contains("Office 365, Dynamics 365, Enterprise Mobility Suite")
    );
}

#[test]
fn english_display_goes_through_the_tables() {
    let a = assess(&samples::reseller_azure_gdap_2025());
    assert_eq!(a.to_string(), a.explain(Lang::En).to_string());
    assert_eq!(
        a.decision.to_string(),
        a.decision.explain(Lang::En).to_string()
    );
    let text = a.decision.to_string();
    assert!(text.starts_with("Denied [FILER-PARTNER-TYPES, AZURE-PROVIDER-ONLY] (basis: stated)"));
    assert!(text.contains("\n  FILER-PARTNER-TYPES: "));
    assert!(text.contains("\n  Missing: "));
    assert!(text.contains("\n  Advice: "));
}

#[test]
fn an_allowed_assessment_numbers_its_route_steps() {
    let a = assess(&samples::direct_partner_azure());
    for &lang in Lang::ALL {
        let text = a.explain(lang).to_string();
        let steps = a.route.as_ref().unwrap().steps().len();
        for n in 1..=steps {
            assert!(text.contains(&format!("\n    {n}. ")), "{lang}: step {n}");
        }
        assert!(text.contains(Label::Plan.text(lang)));
        assert!(text.contains(Label::Fee.text(lang)));
    }
}

#[test]
fn every_sample_renders_in_all_six_languages() {
    for (name, request) in samples::all() {
        let a = assess(&request);
        for &lang in Lang::ALL {
            let text = a.explain(lang).to_string();
            assert!(text.starts_with(&format!(
                "[{}] {}",
                a.decided_under.edition,
                a.outcome().text(lang)
            )));
            assert!(!text.contains("{}"), "{name} in {lang}");
            for r in a.decision.remedies.iter() {
                assert!(text.contains(r.text(lang)), "{name} in {lang}: {r}");
            }
            for m in a.decision.missing.iter() {
                assert!(text.contains(m.text(lang)), "{name} in {lang}: {m}");
            }
            let d = a.decision.explain(lang).to_string();
            assert!(d.starts_with(a.outcome().text(lang)));
            if std::env::var_os("I18N_PRINT").is_some() {
                println!("--- {name} [{lang}]\n{text}\n");
            }
        }
    }
}

#[test]
fn customer_answers_render_in_every_language() {
    use SubscriptionChannel::*;
    use SubscriptionKind::*;
    let mix = [
        Subscription::new(Csp, Paid),
        Subscription::new(Direct, Trial),
    ];
    let answer = customer_options(Edition::Gdap2025, &mix);
    for &lang in Lang::ALL {
        let text = answer.explain(lang).to_string();
        assert!(text.contains("CUSTOMER-TRIAL-PARTNER-ONLY"));
        assert!(text.contains(CustomerOption::ContactPartner.text(lang)));
    }
}

#[cfg(feature = "serde")]
/// Every explanation the library prints in `lang`, named: each case of the
/// shipped scenario files (`tests/scenarios/*.json`; an assessment, with its
/// calendar where the case gives one, and its decision alone, or a customer
/// answer) and each sample (assessment and decision).
fn rendered(lang: Lang) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 4,
        "the scenario files are missing: {files:?}"
    );
    let mut out = Vec::new();
    for path in files {
        let json = std::fs::read_to_string(&path).unwrap();
        let file: scenario::ScenarioFile = serde_json::from_str(&json).unwrap();
        for case in &file.cases {
            let name = format!(
                "{} {}",
                path.file_name().unwrap().to_string_lossy(),
                case.name
            );
            match (&case.request, &case.customer) {
                (Some(request), _) => {
                    let a = match &case.calendar {
                        Some(calendar) => assess_with_calendar(request, calendar),
                        None => Ok(assess(request)),
                    };
                    // A case that expects bad input has no explanation to render.
                    if let Ok(a) = a {
                        out.push((name.clone(), a.explain(lang).to_string()));
                        out.push((name, a.decision.explain(lang).to_string()));
                    }
                }
                (None, Some(q)) => {
                    let answer = customer_options(q.edition, &q.subscriptions);
                    out.push((name, answer.explain(lang).to_string()));
                }
                (None, None) => panic!("{name}: neither request nor customer"),
            }
        }
    }
    for (name, request) in samples::all() {
        let a = assess(&request);
        out.push((format!("sample {name}"), a.explain(lang).to_string()));
        out.push((
            format!("sample {name}"),
            a.decision.explain(lang).to_string(),
        ));
    }
    out
}

/// Product, program and UI names, and the English role names written beside
/// the localized ones: names, not English sentences. Inside a run of words
/// they are neutral (they neither count nor break the run).
const NAMES: &[&str] = &[
    "Microsoft Cloud for US Government",
    "Microsoft AI Cloud Partner Program",
    "Microsoft 365 Admin Center",
    "Office 365 Admin Center",
    "Signature Cloud Support",
    "Enterprise Mobility Suite",
    "Cloud Solution Provider",
    "Dynamics CRM Online",
    "Microsoft Cloud",
    "Microsoft Entra",
    "Microsoft Learn",
    "Partner Center",
    "Admin Center",
    "Microsoft Azure",
    "Microsoft",
    "Azure",
    "Office",
    "Dynamics",
    "Entra",
    "Premier",
    "Direct",
    "Marketplace",
    "Service support administrator",
    "Global administrator",
    "Support Request Contributor",
    "Admin agent",
    "Helpdesk agent",
    "Contributor",
    "Owner",
];

/// Common English words: every word of the English tables (rule summaries,
/// source notes, remedies, missing facts, steps, labels, …) and the
/// commonest English function words. A run of four of them in a row is an
/// English sentence (or a leak of one).
fn english_words() -> std::collections::BTreeSet<String> {
    const FUNCTION_WORDS: &str = "a an the of to and or but if then than in on at by for from with without \
        into onto over under before after during until since about as is are was were be been being \
        has have had do does did can could may might must shall should will would not no nor \
        this that these those it its they them their there here who whom whose which what when where why how \
        you your yours we our us he she his her all any each every some other another only also just \
        more most less least very such same own both either neither first last one two up down out off";
    let mut texts: Vec<String> = FUNCTION_WORDS
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let en = Lang::En;
    let mut push = |t: &str| texts.push(t.to_owned());
    for id in RuleId::ALL {
        push(id.text(en));
        if let Some(note) = id.rule().outside_source {
            push(note);
        }
    }
    Remedy::ALL.iter().for_each(|k| push(k.text(en)));
    Missing::ALL.iter().for_each(|k| push(k.text(en)));
    Outcome::ALL.iter().for_each(|k| push(k.text(en)));
    Portal::ALL.iter().for_each(|k| push(k.text(en)));
    Workload::ALL.iter().for_each(|k| push(k.text(en)));
    IsvContact::ALL.iter().for_each(|k| push(k.text(en)));
    OwnEntitlement::ALL.iter().for_each(|k| push(k.text(en)));
    Fee::ALL.iter().for_each(|k| push(k.text(en)));
    CustomerOption::ALL.iter().for_each(|k| push(k.text(en)));
    Severity::ALL.iter().for_each(|k| push(k.text(en)));
    Label::ALL.iter().for_each(|k| push(k.text(en)));
    Clock::ALL.iter().for_each(|k| push(k.text(en)));
    StepKey::ALL.iter().for_each(|k| push(k.text(en)));
    Basis::ALL.iter().copied().for_each(|k| push(k.text(en)));
    let mut words = std::collections::BTreeSet::new();
    for t in &texts {
        for token in tokens(t) {
            if let Token::Word(w) = token {
                words.insert(w);
            }
        }
    }
    words
}

#[derive(Debug, PartialEq)]
enum Token {
    /// A word, lower-cased.
    Word(String),
    /// A product, UI or role name, an acronym or rule ID (all capitals), a
    /// number.
    Name,
    /// Punctuation, a quotation mark: the end of a run.
    Break,
}

/// The text as words, names and breaks. Words are letters with inner
/// apostrophes or hyphens; a word in capitals (GDAP, CSP,
/// FILER-PARTNER-TYPES) is a name.
fn tokens(text: &str) -> Vec<Token> {
    const NAME_MARK: char = '\u{E000}';
    let mut text = text.to_owned();
    let mut names = NAMES.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in names {
        text = text.replace(name, &format!(" {NAME_MARK} "));
    }
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Token>| {
        let w = word.trim_matches(|c| c == '-' || c == '\'' || c == '’');
        if !w.is_empty() {
            let upper = w
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() > 1;
            out.push(if upper {
                Token::Name
            } else {
                Token::Word(w.to_lowercase())
            });
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() || ((c == '-' || c == '\'' || c == '’') && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            if c == NAME_MARK || c.is_numeric() {
                out.push(Token::Name);
            } else if !c.is_whitespace() {
                out.push(Token::Break);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The runs of at least four consecutive common English words in `text`
/// (names and numbers inside a run neither count nor break it).
fn english_runs(text: &str, words: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let end = |run: &mut Vec<String>, runs: &mut Vec<String>| {
        if run.len() >= 4 {
            runs.push(run.join(" "));
        }
        run.clear();
    };
    for token in tokens(text) {
        match token {
            Token::Word(w) if words.contains(&w) => run.push(w),
            Token::Name => {}
            Token::Word(_) | Token::Break => end(&mut run, &mut runs),
        }
    }
    end(&mut run, &mut runs);
    runs
}

#[cfg(feature = "serde")]
/// The detector is not trivially quiet: it finds English in every English
/// explanation, in every English rule summary, and in the source-note leak
/// this test was written for.
#[test]
fn the_english_sentence_detector_finds_english() {
    let words = english_words();
    for (name, text) in rendered(Lang::En) {
        assert!(
            !english_runs(&text, &words).is_empty(),
            "{name}: no English found in\n{text}"
        );
    }
    let quiet: Vec<_> = RuleId::ALL
        .iter()
        .filter(|id| english_runs(id.text(Lang::En), &words).is_empty())
        .map(|id| format!("{id}: {}", id.text(Lang::En)))
        .collect();
    assert!(
        quiet.is_empty(),
        "no English found in\n{}",
        quiet.join("\n")
    );
    let leak = "  FILER-PARTNER-TYPES: Wer für einen Kunden einreichen darf.\n    \
                Quelle: DAP: before GDAP, delegated admin privileges gave partners admin access to customers";
    assert_eq!(
        english_runs(leak, &words),
        ["delegated admin privileges gave partners admin access to customers"]
    );
    // Names and rule IDs alone are not English sentences.
    assert!(
        english_runs(
            "Partner Center für Microsoft Cloud for US Government [FILER-PARTNER-TYPES]",
            &words
        )
        .is_empty()
    );
}

#[cfg(feature = "serde")]
/// No explanation in German, Dutch, Russian, Italian or Japanese holds a
/// whole English sentence: every scenario case and sample, rendered.
#[test]
fn no_non_english_explanation_holds_an_english_sentence() {
    let words = english_words();
    let mut found = Vec::new();
    for lang in Lang::ALL.iter().copied().filter(|l| *l != Lang::En) {
        for (name, text) in rendered(lang) {
            for run in english_runs(&text, &words) {
                found.push(format!("{lang} {name}: {run:?}"));
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "English in localized explanations:\n{}",
        found.join("\n")
    );
}

/// The seeds' "Direct PAID" / "Direct TRIAL" are emphasis in capitals, not
/// names: the Dutch and Italian summaries say paid and trial in their
/// language.
#[test]
fn paid_and_trial_are_said_in_the_language() {
    for lang in [Lang::Nl, Lang::It] {
        for id in [RuleId::CustomerTrialPartnerOnly, RuleId::CustomerPaidEither] {
            let text = id.text(lang);
            for english in ["PAID", "TRIAL", "Paid", "Trial"] {
                assert!(!text.contains(english), "{id} in {lang}: {text}");
            }
        }
    }
}

/// Every language has a source note for exactly the rules the catalogue
/// gives one, and it is its own (not the English note).
#[test]
fn every_language_localizes_every_outside_source_note() {
    use csp_support::i18n::render_outside_source;
    for rule in catalogue() {
        for &lang in Lang::ALL {
            let note = render_outside_source(rule.id, lang);
            assert_eq!(
                note.is_some(),
                rule.outside_source.is_some(),
                "{} in {lang}",
                rule.id
            );
            if lang != Lang::En && note.is_some() {
                assert_ne!(
                    note, rule.outside_source,
                    "{} in {lang}: the English note",
                    rule.id
                );
            }
        }
        assert_eq!(
            render_outside_source(rule.id, Lang::En),
            rule.outside_source
        );
    }
}

/// `SLA-NON-BREAK-FIX-ONE-BUSINESS-DAY`: for an incident that is not
/// break-fix, the *first response* may take a business day (not the
/// incident). Every language says "first response" as its own label does,
/// and keeps "break-fix" beside its own term, in the summary and the clock.
#[test]
fn the_non_break_fix_rule_is_about_the_first_response_in_every_language() {
    for &lang in Lang::ALL {
        let summary = RuleId::SlaNonBreakFixOneBusinessDay
            .text(lang)
            .to_lowercase();
        let first_response = Label::FirstResponse
            .text(lang)
            .trim_end_matches(':')
            .to_lowercase();
        assert!(summary.contains(&first_response), "{lang}: {summary}");
        assert!(summary.contains("break-fix"), "{lang}: {summary}");
        let clock = Clock::OneBusinessDay.text(lang).to_lowercase();
        assert!(clock.contains("break-fix"), "{lang}: {clock}");
    }
}

/// `OWN-NOT-CSP-ENTITLEMENT` covers the partner's own tenant *and* its
/// subscriptions, in every language.
#[test]
fn the_own_tenant_rule_names_the_tenant_and_the_subscriptions() {
    let expect = [
        (Lang::En, "tenant", "subscriptions"),
        (Lang::De, "Partnermandanten", "Abonnements"),
        (Lang::Nl, "partnertenant", "abonnementen"),
        (Lang::Ru, "тенанта", "подписок"),
        (Lang::It, "tenant", "sottoscrizioni"),
        (Lang::Ja, "テナント", "サブスクリプション"),
    ];
    for (lang, tenant, subscriptions) in expect {
        let text = RuleId::OwnNotCspEntitlement.text(lang);
        assert!(
            text.contains(tenant) && text.contains(subscriptions),
            "{lang}: {text}"
        );
    }
}

/// `Missing::SufficientEntraRole` names what suffices for each workload: for
/// Microsoft 365 Service support administrator or Global administrator, for
/// Azure any built-in role (`RULES.md`, Entra roles), in every language.
#[test]
fn the_missing_entra_role_says_what_suffices_for_azure_too() {
    let mut r = samples::direct_partner_azure();
    if let Tenant::Customer(c) = &mut r.tenant {
        c.gdap = Some(samples::active_gdap(EntraRoles::of(&[EntraRole::Other])));
    }
    let a = assess(&r);
    assert!(
        a.decision.missing.contains(Missing::SufficientEntraRole),
        "{:?}",
        a.decision
    );
    let expect = [
        (Lang::En, "for Azure: any built-in role"),
        (Lang::De, "für Azure jede integrierte Rolle"),
        (Lang::Nl, "voor Azure elke ingebouwde rol"),
        (Lang::It, "per Azure qualsiasi ruolo predefinito"),
        (Lang::Ru, "для Azure — любая встроенная роль"),
        (Lang::Ja, "Azure では任意の組み込みロール"),
    ];
    for (lang, phrase) in expect {
        let text = a.explain(lang).to_string();
        assert!(text.contains(phrase), "{lang}: {text}");
    }
}

/// The summary of `FILER-ADMIN-AGENT-GDAP` says its two roles are for
/// Microsoft 365 and that any built-in role suffices for Azure (`RULES.md`,
/// Entra roles), in every language.
#[test]
fn the_gdap_filer_rule_says_what_suffices_for_each_workload() {
    let expect = [
        (
            Lang::En,
            ["for Microsoft 365", "for Azure, any built-in role"],
        ),
        (
            Lang::De,
            ["für Microsoft 365", "für Azure jede integrierte Rolle"],
        ),
        (
            Lang::Nl,
            ["voor Microsoft 365", "voor Azure elke ingebouwde rol"],
        ),
        (
            Lang::It,
            ["per Microsoft 365", "per Azure qualsiasi ruolo predefinito"],
        ),
        (
            Lang::Ru,
            ["для Microsoft 365", "для Azure — любую встроенную роль"],
        ),
        (
            Lang::Ja,
            ["Microsoft 365 では", "Azure では任意の組み込みロール"],
        ),
    ];
    for (lang, phrases) in expect {
        let text = RuleId::FilerAdminAgentGdap.text(lang);
        for phrase in phrases {
            assert!(text.contains(phrase), "{lang}: {text}");
        }
    }
}
