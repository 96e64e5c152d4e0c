//! A tour of real decisions: the built-in sample requests, assessed and
//! explained. Run it with `cargo run --example tour`.

use csp_support::{Edition, Subscription, assess, customer_options, samples};
use csp_support::{SubscriptionChannel::*, SubscriptionKind::*};

fn main() -> Result<(), csp_support::Error> {
    println!("csp-support tour: every answer cites the RULES.md rule IDs that produced it.\n");
    for (n, (name, request)) in (1u32..).zip(samples::all()) {
        let assessment = assess(&request)?;
        println!("{n}. {name}\n{assessment}\n");
    }

    println!("Customers' own options (CUSTOMER-*):");
    let mixes: [(&str, &[Subscription]); 3] = [
        (
            "CSP + Direct trial",
            &[
                Subscription {
                    channel: Csp,
                    kind: Paid,
                },
                Subscription {
                    channel: Direct,
                    kind: Trial,
                },
            ],
        ),
        (
            "CSP + Direct paid",
            &[
                Subscription {
                    channel: Csp,
                    kind: Paid,
                },
                Subscription {
                    channel: Direct,
                    kind: Paid,
                },
            ],
        ),
        (
            "CSP only",
            &[Subscription {
                channel: Csp,
                kind: Paid,
            }],
        ),
    ];
    for (name, mix) in mixes {
        for e in [Edition::Gdap2023, Edition::Gdap2025] {
            let a = customer_options(e, mix);
            let options: Vec<String> = a.options.iter().map(|o| o.to_string()).collect();
            println!("  [{e}] {name}: {} {} {options:?}", a.outcome, a.rules);
        }
    }
    Ok(())
}
