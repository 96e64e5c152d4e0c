//! Explanations in six languages (issue 7): completeness, fallback,
//! placeholders, the citation rule of conflict 4, and every sample rendered
//! in every language.

use chrono::TimeZone;
use csp_support::i18n::{
    Clock, Label, Lang, Localized, StepKey, citations, render_citation, render_date, render_due,
    render_due_str, render_holds_until, render_renews_by_days, render_rule_summary, render_step,
};
use csp_support::*;
use strum::VariantArray;

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
        PartnerCenterPath::VARIANTS
            .iter()
            .map(|&path| Step::OpenServiceRequests { path }),
    );
    steps.extend(
        Workload::VARIANTS
            .iter()
            .map(|&workload| Step::NewRequest { workload }),
    );
    for &portal in Portal::VARIANTS {
        steps.extend([
            Step::OpenPortal { portal },
            Step::SignInDirectly { portal },
            Step::StartRequest { portal },
            Step::Submit { portal },
            Step::Track { portal },
        ]);
    }
    steps.extend(
        OwnEntitlement::VARIANTS
            .iter()
            .map(|&entitlement| Step::SelectSupportPlan {
                plan: SupportPlan::Own { entitlement },
            }),
    );
    steps.extend(
        Severity::VARIANTS
            .iter()
            .map(|&severity| Step::StateBusinessImpact { severity }),
    );
    steps
}

fn check_all<T: Localized + core::fmt::Debug>(keys: &[T], what: &str) {
    for &key in keys {
        for lang in Lang::ALL {
            let text = key.text(lang);
            assert!(!text.trim().is_empty(), "{what} {key:?} has no {lang} text");
        }
    }
}

#[test]
fn every_message_key_has_all_six_languages() {
    assert_eq!(Lang::VARIANTS.len(), 6);
    check_all(RuleId::VARIANTS, "rule summary");
    check_all(Outcome::VARIANTS, "outcome");
    check_all(Remedy::VARIANTS, "remedy");
    check_all(Missing::VARIANTS, "missing fact");
    check_all(Portal::VARIANTS, "portal");
    check_all(Workload::VARIANTS, "workload");
    check_all(PartnerCenterPath::VARIANTS, "Partner Center path");
    check_all(IsvContact::VARIANTS, "ISV contact form");
    check_all(OwnEntitlement::VARIANTS, "own entitlement");
    check_all(Fee::VARIANTS, "fee");
    check_all(CustomerOption::VARIANTS, "customer option");
    check_all(Severity::VARIANTS, "severity");
    check_all(Label::VARIANTS, "label");
    check_all(Clock::VARIANTS, "clock");
    check_all(StepKey::VARIANTS, "step");
    let bases: Vec<Basis> = <Basis as strum::IntoEnumIterator>::iter().collect();
    check_all(&bases, "basis");
    let plans: Vec<SupportPlan> = std::iter::once(SupportPlan::CloudSolutionProvider)
        .chain(
            OwnEntitlement::VARIANTS
                .iter()
                .map(|&entitlement| SupportPlan::Own { entitlement }),
        )
        .collect();
    check_all(&plans, "support plan");
    for step in all_steps() {
        for edition in Edition::ALL {
            for lang in Lang::ALL {
                let text = render_step(step, edition, lang).to_string();
                assert!(!text.trim().is_empty(), "{step:?} in {lang}");
                assert!(!text.contains("{}"), "{step:?} in {lang}: unfilled {text}");
            }
        }
    }
}

#[test]
fn every_language_has_its_own_text_for_every_rule_summary() {
    for &id in RuleId::VARIANTS {
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
    for lang in Lang::ALL {
        for &label in Label::VARIANTS {
            let n = label.text(lang).matches("{}").count();
            assert_eq!(n, usize::from(label.has_placeholder()), "{label} in {lang}");
        }
        for &key in StepKey::VARIANTS {
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
        let a = assess(&request).unwrap();
        for lang in Lang::ALL {
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

#[test]
fn role_names_render_the_same_in_every_language() {
    let roles = [
        (
            Remedy::AddServiceSupportAdministrator,
            "Service support administrator",
        ),
        (
            Remedy::AssignSupportRequestContributor,
            "Support Request Contributor",
        ),
        (Remedy::GetAdminAgentRole, "Admin agent"),
        (Remedy::GetAdminOrHelpdeskAgentRole, "Helpdesk agent"),
    ];
    for (remedy, role) in roles {
        for lang in Lang::ALL {
            assert!(remedy.text(lang).contains(role), "{remedy} in {lang}");
        }
    }
    for lang in Lang::ALL {
        let m = Missing::SufficientEntraRole.text(lang);
        assert!(m.contains("Service support administrator") && m.contains("Global administrator"));
    }
}

#[test]
fn dates_render_the_same_in_every_language_in_the_calendars_zone() {
    let at = chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, 16, 17, 30, 0)
        .unwrap();
    let utc = chrono::Utc.with_ymd_and_hms(2027, 12, 31, 0, 0, 0).unwrap();
    for lang in Lang::ALL {
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
    for lang in Lang::ALL {
        for &clock in Clock::VARIANTS {
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
    for &id in RuleId::VARIANTS {
        let rule = id.rule();
        for edition in Edition::ALL {
            let own: Vec<&Citation> = rule.citations_in(edition).collect();
            for lang in Lang::ALL {
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
    let a = assess(&samples::reseller_azure_gdap_2025()).unwrap();
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
            for lang in Lang::ALL {
                let text = render_citation(c, lang).to_string();
                assert!(text.contains(c.section), "{lang}: {text}");
                assert!(text.contains(c.seed.file_name()));
            }
        }
    }
}

#[test]
fn ui_names_are_the_seeds() {
    let azure = assess(&samples::direct_partner_azure()).unwrap();
    let m365 = assess(&samples::direct_partner_office365()).unwrap();
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
    let a = assess(&samples::dap_reseller_office365()).unwrap();
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
    let a = assess(&samples::reseller_azure_gdap_2025()).unwrap();
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
    let a = assess(&samples::direct_partner_azure()).unwrap();
    for lang in Lang::ALL {
        let text = a.explain(lang).to_string();
        let steps = a.route.as_ref().unwrap().steps.len();
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
        let a = assess(&request).unwrap();
        for lang in Lang::ALL {
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
        Subscription {
            channel: Csp,
            kind: Paid,
        },
        Subscription {
            channel: Direct,
            kind: Trial,
        },
    ];
    let answer = customer_options(Edition::Gdap2025, &mix);
    for lang in Lang::ALL {
        let text = answer.explain(lang).to_string();
        assert!(text.contains("CUSTOMER-TRIAL-PARTNER-ONLY"));
        assert!(text.contains(CustomerOption::ContactPartner.text(lang)));
    }
}
