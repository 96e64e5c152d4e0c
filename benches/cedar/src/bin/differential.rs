//! Differential test: csp-support's `decide` against the independent Cedar
//! encoding, on generated `gdap-2025` requests. They must agree on "allowed
//! or not" for every request.
//!
//! ```text
//! cargo run --release --manifest-path benches/cedar/Cargo.toml --bin differential -- [--count N] [--seed S]
//! ```
//!
//! Half the requests come from `csp_support::samples::mixed(i)` (edition
//! forced to `gdap-2025`), a quarter from a xorshift generator over every
//! fact the rules read, and a quarter from the same generator moved towards
//! "allowed" (each fact set to a granting value with probability 7/8), so
//! the boundaries of every rule are reached. Exits 1 on any disagreement (printing the first few), on a
//! Cedar evaluation error, or on a generated request csp-support rejects as
//! invalid; 2 on bad arguments.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};
use csp_support::{
    AutoExtend, AzureAccess, AzureRole, AzureRoles, BusinessImpact, Channel, Cloud, CustomerTenant,
    Edition, EntraRole, EntraRoles, GdapRelationship, GdapStatus, OwnEntitlement,
    PartnerCenterRole, PartnerCenterRoles, PartnerType, ProblemKind, Request, Severity, Tenant,
    Workload,
};
use csp_support_cedar::{Cedar, cedar_explain, csp_allows, in_gdap_2025, to_cedar};

/// xorshift64*: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
    /// A random subset: each element with probability `num/den`.
    fn subset<T: Copy>(&mut self, items: &[T], num: u64, den: u64) -> Vec<T> {
        items
            .iter()
            .copied()
            .filter(|_| self.chance(num, den))
            .collect()
    }
}

const DAY: i64 = 86_400;

/// A random instant within a few years of 2026, sometimes on a round day.
fn instant(rng: &mut Rng) -> DateTime<Utc> {
    let base = 1_767_225_600; // 2026-01-01T00:00:00Z
    let secs = if rng.chance(1, 2) {
        base + rng.below(3 * 365) as i64 * DAY
    } else {
        base + rng.below(3 * 365 * DAY as u64) as i64
    };
    Utc.timestamp_opt(secs, 0).single().unwrap()
}

/// A valid GDAP relationship around `now`: starts before, at or after it;
/// ends before, exactly at, just after or long after it.
fn gdap(rng: &mut Rng, now: DateTime<Utc>) -> GdapRelationship {
    let status = if rng.chance(1, 2) {
        rng.pick(&[GdapStatus::Active, GdapStatus::Expiring])
    } else {
        rng.pick(GdapStatus::ALL)
    };
    // Roles the relationship grants: never empty.
    let mut roles: EntraRoles = match rng.below(4) {
        0 => rng.subset(EntraRole::ALL, 1, 4).into_iter().collect(),
        1 => [rng.pick(EntraRole::ALL)].into_iter().collect(),
        2 => [rng.pick(&[
            EntraRole::ServiceSupportAdministrator,
            EntraRole::GlobalAdministrator,
            EntraRole::HelpdeskAdministrator,
            EntraRole::DirectoryReaders,
        ])]
        .into_iter()
        .collect(),
        _ => rng.subset(EntraRole::ALL, 1, 8).into_iter().collect(),
    };
    if roles.is_empty() {
        roles.insert(rng.pick(EntraRole::ALL));
    }
    // Roles reaching the user: all, none, or a random subset of the granted.
    let granted: Vec<EntraRole> = roles.iter().collect();
    let user_roles: EntraRoles = match rng.below(4) {
        0 => EntraRoles::EMPTY,
        1 => rng.subset(&granted, 1, 2).into_iter().collect(),
        _ => roles,
    };
    // Graph refuses auto-extension with Global administrator.
    let auto_extend = if roles.contains(EntraRole::GlobalAdministrator) {
        AutoExtend::Off
    } else {
        rng.pick(AutoExtend::ALL)
    };
    let max_days = if auto_extend == AutoExtend::On {
        1000
    } else {
        730
    };
    let duration = match rng.below(4) {
        0 => DAY,
        1 => max_days * DAY,
        _ => (1 + rng.below(max_days as u64 - 1) as i64) * DAY + rng.below(DAY as u64) as i64,
    }
    .min(max_days * DAY);
    let now_s = now.timestamp();
    let (starts, ends) = match rng.below(8) {
        // Filed exactly at the start.
        0 => (now_s, now_s + duration),
        // Filed exactly at the end.
        1 => (now_s - duration, now_s),
        // Filed a second before the end.
        2 => (now_s - duration + 1, now_s + 1),
        // Filed a second before the start.
        3 => (now_s + 1, now_s + 1 + duration),
        // Anywhere around.
        _ => {
            let s = now_s - rng.below(2 * 730 * DAY as u64) as i64 + 30 * DAY;
            (s, s + duration)
        }
    };
    GdapRelationship::builder(
        Utc.timestamp_opt(starts, 0).single().unwrap(),
        Utc.timestamp_opt(ends, 0).single().unwrap(),
    )
    .status(status)
    .roles(roles)
    .user_roles(user_roles)
    .auto_extend(auto_extend)
    .build()
    .expect("the generator makes valid relationships")
}

/// A random `gdap-2025` request over every fact the rules read.
fn random_request(rng: &mut Rng) -> Request {
    let now = instant(rng);
    let partner_type = rng.pick(PartnerType::ALL);
    let roles: PartnerCenterRoles = match rng.below(4) {
        0 => PartnerCenterRoles::EMPTY,
        1 => rng
            .subset(PartnerCenterRole::ALL, 1, 3)
            .into_iter()
            .collect(),
        _ => {
            let mut r: PartnerCenterRoles = rng
                .subset(PartnerCenterRole::ALL, 1, 6)
                .into_iter()
                .collect();
            r.insert(PartnerCenterRole::AdminAgent);
            r
        }
    };
    let workload = if rng.chance(3, 4) {
        rng.pick(&[
            Workload::Azure,
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
        ])
    } else {
        rng.pick(Workload::ALL)
    };
    let tenant = if rng.chance(1, 4) {
        Tenant::Own {
            entitlement: rng.pick(OwnEntitlement::ALL),
        }
    } else {
        let azure = if rng.chance(1, 6) {
            None
        } else {
            let rbac: AzureRoles = if rng.chance(1, 2) {
                [rng.pick(AzureRole::ALL)].into_iter().collect()
            } else {
                rng.subset(AzureRole::ALL, 1, 4).into_iter().collect()
            };
            Some(
                AzureAccess::default()
                    .with_provider(rng.chance(2, 3))
                    .with_granted_by_indirect_provider(rng.chance(1, 2))
                    .with_rbac(rbac),
            )
        };
        let mut customer = CustomerTenant::default();
        customer.gdap = if rng.chance(1, 6) {
            None
        } else {
            Some(gdap(rng, now))
        };
        customer.delegated_admin = rng.chance(1, 2);
        customer.azure = azure;
        Tenant::Customer(customer)
    };
    let channel = if rng.chance(1, 2) {
        // Mostly the channel that fits the tenant, to reach later stages.
        match (&tenant, workload) {
            (Tenant::Customer(_), _) => Channel::PartnerCenter,
            (Tenant::Own { .. }, Workload::Azure) => Channel::AzurePortalDirect,
            (Tenant::Own { .. }, _) => Channel::AdminCenterDirect,
        }
    } else {
        rng.pick(Channel::ALL)
    };
    let cloud = if rng.chance(3, 4) {
        rng.pick(&[Cloud::Global, Cloud::UsGovernment])
    } else {
        rng.pick(Cloud::ALL)
    };
    let problem = if rng.chance(3, 4) {
        rng.pick(&[
            ProblemKind::Technical,
            ProblemKind::Billing,
            ProblemKind::SubscriptionManagement,
        ])
    } else {
        rng.pick(ProblemKind::ALL)
    };
    Request::builder(Edition::Gdap2025, partner_type, workload, now)
        .roles(roles)
        .cloud(cloud)
        .tenant(tenant)
        .problem(problem)
        .severity(Severity::from(rng.pick(BusinessImpact::ALL)))
        .channel(channel)
        .build()
}

/// Moves a random request towards "allowed": each fact the rules read is set
/// to a granting value with probability 7/8, so most requests differ from an
/// allowed one in zero, one or two facts: the boundaries of every rule.
fn near_allowed(rng: &mut Rng, mut req: Request) -> Request {
    let fix = |rng: &mut Rng| rng.chance(7, 8);
    if fix(rng) {
        req.cloud = rng.pick(&[Cloud::Global, Cloud::UsGovernment]);
    }
    if fix(rng) {
        req.problem = rng.pick(&[
            ProblemKind::Technical,
            ProblemKind::Billing,
            ProblemKind::SubscriptionManagement,
        ]);
    }
    if fix(rng) {
        req.workload = rng.pick(&[
            Workload::Azure,
            Workload::Azure,
            Workload::Office365,
            Workload::DynamicsCrmOnline,
            Workload::EnterpriseMobilitySuite,
        ]);
    }
    if fix(rng) {
        req.partner.partner_type = rng.pick(&[
            PartnerType::DirectBillPartner,
            PartnerType::IndirectProvider,
        ]);
    }
    if fix(rng) {
        req.partner.roles.insert(PartnerCenterRole::AdminAgent);
    }
    let now = req.filed_at;
    let workload = req.workload;
    match &mut req.tenant {
        Tenant::Own { entitlement } => {
            if fix(rng) {
                *entitlement = rng.pick(&[
                    OwnEntitlement::PartnerProgramContract,
                    OwnEntitlement::Premier,
                    OwnEntitlement::AzureSupportPlan,
                ]);
            }
            if fix(rng) {
                req.channel = if workload == Workload::Azure {
                    Channel::AzurePortalDirect
                } else {
                    Channel::AdminCenterDirect
                };
            }
        }
        Tenant::Customer(c) => {
            if fix(rng) {
                req.channel = Channel::PartnerCenter;
            }
            if fix(rng) && c.gdap.is_none() {
                c.gdap = Some(gdap(rng, now));
            }
            if let Some(g) = &mut c.gdap {
                if fix(rng) {
                    *g = g.with_status(rng.pick(&[GdapStatus::Active, GdapStatus::Expiring]));
                }
                if fix(rng) && !(g.starts_at() <= now && now < g.ends_at()) {
                    // Keep the duration; put `now` inside it.
                    let len = g.ends_at() - g.starts_at();
                    let into =
                        chrono::Duration::seconds(rng.below(len.num_seconds() as u64) as i64);
                    let starts_at = now - into;
                    *g = g
                        .to_builder()
                        .starts_at(starts_at)
                        .ends_at(starts_at + len)
                        .build()
                        .expect("the same span, moved");
                }
                if fix(rng) {
                    let role = if workload == Workload::Azure {
                        rng.pick(EntraRole::ALL)
                    } else {
                        rng.pick(&[
                            EntraRole::ServiceSupportAdministrator,
                            EntraRole::GlobalAdministrator,
                        ])
                    };
                    let (mut roles, mut user) = (g.roles(), g.user_roles());
                    roles.insert(role);
                    user.insert(role);
                    // Global administrator cannot auto-extend: turn it off.
                    let auto_extend = if roles.contains(EntraRole::GlobalAdministrator) {
                        AutoExtend::Off
                    } else {
                        g.auto_extend()
                    };
                    *g = g
                        .to_builder()
                        .roles(roles)
                        .user_roles(user)
                        .auto_extend(auto_extend)
                        .build()
                        .expect("a role added");
                }
            }
            if fix(rng) {
                let a = c.azure.get_or_insert_with(AzureAccess::default);
                a.is_provider = true;
                if fix(rng) {
                    a.rbac.insert(rng.pick(&[
                        AzureRole::Owner,
                        AzureRole::Contributor,
                        AzureRole::SupportRequestContributor,
                    ]));
                }
            }
        }
    }
    req
}

struct Args {
    count: u64,
    seed: u64,
    show: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        count: 1_000_000,
        seed: 0x5EED_CEDA_2025,
        show: 5,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            let v = it.next().ok_or(format!("{name} needs a value"))?;
            v.replace('_', "")
                .parse()
                .map_err(|e| format!("{name} {v}: {e}"))
        };
        match a.as_str() {
            "--count" => args.count = value("--count")?,
            "--seed" => args.seed = value("--seed")?.max(1),
            "--show" => args.show = value("--show")?,
            "-h" | "--help" => {
                return Err("usage: differential [--count N (default 1000000)] [--seed S] [--show N (disagreements to print, default 5)]".into());
            }
            other => {
                return Err(format!(
                    "unknown argument {other}; accepted: --count N, --seed S, --show N"
                ));
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let cedar = match Cedar::new() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rng = Rng(args.seed);
    let start = Instant::now();
    let (mut agree, mut allowed, mut disagree, mut broken) = (0u64, 0u64, 0u64, 0u64);
    let (mut mixed_n, mut random_n, mut near_n) = (0u64, 0u64, 0u64);
    // How often each Cedar policy was among the determining ones: shows the
    // generators reach every grant and every forbid.
    let mut by_reason: BTreeMap<String, u64> = BTreeMap::new();
    for i in 0..args.count {
        // Even indices: the mixed walk; odd: the random generator, every
        // other time moved towards "allowed".
        let req = match i % 4 {
            0 | 2 => {
                mixed_n += 1;
                in_gdap_2025(csp_support::samples::mixed((i / 2) as usize))
            }
            1 => {
                random_n += 1;
                random_request(&mut rng)
            }
            _ => {
                near_n += 1;
                let r = random_request(&mut rng);
                near_allowed(&mut rng, r)
            }
        };
        let csp = match csp_allows(&req) {
            Ok(a) => a,
            Err(e) => {
                broken += 1;
                if broken <= 3 {
                    eprintln!("#{i}: csp-support rejects a generated request: {e}\n{req:#?}");
                }
                continue;
            }
        };
        let (request, entities) = match to_cedar(&req, &cedar.schema) {
            Ok(x) => x,
            Err(e) => {
                broken += 1;
                if broken <= 3 {
                    eprintln!("#{i}: conversion failed: {e}\n{req:#?}");
                }
                continue;
            }
        };
        let (ced, reasons, errors) =
            cedar_explain(&cedar.authorizer, &cedar.policies, &request, &entities);
        if !errors.is_empty() {
            broken += 1;
            if broken <= 3 {
                eprintln!("#{i}: Cedar evaluation errors: {errors:?}\n{req:#?}");
            }
        }
        if reasons.is_empty() {
            *by_reason
                .entry("(no policy: default deny)".into())
                .or_default() += 1;
        }
        for r in &reasons {
            let verb = if ced { "permit" } else { "forbid" };
            *by_reason.entry(format!("{verb} {r}")).or_default() += 1;
        }
        if csp == ced {
            agree += 1;
            allowed += u64::from(csp);
        } else {
            disagree += 1;
            if disagree <= args.show {
                let d = csp_support::decide(&req);
                let d = (d.outcome, d.rules.to_string());
                eprintln!(
                    "#{i} DISAGREE: csp-support {d:?}; Cedar allowed={ced} by {reasons:?}\n  {req:?}"
                );
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "differential gdap-2025: {count} requests ({mixed_n} mixed, {random_n} random, {near_n} near-allowed random, seed {seed:#x}) \
         in {secs:.1} s: {agree} agree ({allowed} allowed, {denied} not allowed), \
         {disagree} disagree, {broken} invalid or erroring",
        count = args.count,
        seed = args.seed,
        denied = agree - allowed,
    );
    println!("requests per determining Cedar policy (a request may count under several):");
    for (key, n) in &by_reason {
        println!("  {n:>9}  {key}");
    }
    if disagree == 0 && broken == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
