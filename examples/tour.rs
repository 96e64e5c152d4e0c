//! A tour of real decisions: the built-in sample requests, assessed and
//! explained, with first-response deadlines on a business calendar and one
//! denial in all six languages. Run it with `cargo run --example tour`.

use csp_support::i18n::Lang;
use csp_support::{
    Calendar, Edition, LanguageTag, ProblemKind, Severity, Subscription, assess,
    assess_with_calendar, customer_options, samples,
};
use csp_support::{SubscriptionChannel::*, SubscriptionKind::*};

fn main() -> Result<(), csp_support::Error> {
    println!("csp-support tour: every answer cites the RULES.md rule IDs that produced it.\n");

    println!("== Who may file what, where, under which plan, at what fee\n");
    for (n, (name, request)) in (1u32..).zip(samples::all()) {
        let assessment = assess(&request);
        println!("{n}. {name}\n{assessment}\n");
    }

    println!("== By when the first response is due (Mon–Fri 09:00–17:00, Europe/Berlin)\n");
    let calendar = Calendar::standard(chrono_tz::Europe::Berlin);
    let cases: [(&str, &str, ProblemKind, Severity); 4] = [
        (
            "English, severity A",
            "en",
            ProblemKind::Technical,
            Severity::A,
        ),
        (
            "German, severity B",
            "de",
            ProblemKind::Technical,
            Severity::B,
        ),
        (
            "Japanese, severity C",
            "ja",
            ProblemKind::Technical,
            Severity::C,
        ),
        (
            "billing, any language",
            "nl",
            ProblemKind::Billing,
            Severity::A,
        ),
    ];
    for (name, tag, problem, severity) in cases {
        let mut request = samples::direct_partner_office365();
        request.language = tag.parse::<LanguageTag>()?;
        request.problem = problem;
        request.severity = severity;
        let a = assess_with_calendar(&request, &calendar)?;
        if let Some(d) = &a.deadline {
            let due = d.due_utc.with_timezone(&d.time_zone);
            println!(
                "  {name:<22} filed {}  due {}  clock {}  {} (basis: {})",
                request.filed_at.format("%a %Y-%m-%d %H:%M UTC"),
                due.format("%a %Y-%m-%d %H:%M %Z"),
                d.clock,
                d.rules,
                d.basis
            );
        }
    }

    println!("\n== One denial in the partners' languages\n");
    let denial = assess(&samples::reseller_azure_gdap_2025());
    for &lang in Lang::ALL {
        println!("-- {}\n{}\n", lang.tag(), denial.decision.explain(lang));
    }

    println!("== Customers' own options (CUSTOMER-*)\n");
    let mixes: [(&str, &[Subscription]); 3] = [
        (
            "CSP + Direct trial",
            &[
                Subscription::new(Csp, Paid),
                Subscription::new(Direct, Trial),
            ],
        ),
        (
            "CSP + Direct paid",
            &[
                Subscription::new(Csp, Paid),
                Subscription::new(Direct, Paid),
            ],
        ),
        ("CSP only", &[Subscription::new(Csp, Paid)]),
    ];
    for (name, mix) in mixes {
        for e in [Edition::Gdap2023, Edition::Gdap2025] {
            let a = customer_options(e, mix);
            let options: Vec<&str> = a.options.iter().map(|o| o.as_str()).collect();
            println!("  [{e}] {name:<20} {} {} {options:?}", a.outcome, a.rules);
        }
    }
    Ok(())
}
