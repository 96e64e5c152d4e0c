//! Japanese. UI names as the Japanese seed (`004_0f34bf3d53d3aea6.txt`,
//! `dap`) spells them, in its square brackets: [新しいサポート要求], [作成],
//! [サポートの要求の管理], [送信], [すべてのサポート チケットを表示する],
//! [基本], [サポート プラン], [クラウド ソリューション プロバイダー],
//! パートナー センター, Office 365 管理センター. Role names are "日本語名
//! (English name)", from Microsoft's Japanese documentation (sources at each
//! macro below). "Microsoft" is written in Latin letters, as Microsoft's
//! Japanese documentation mostly writes it, except inside the seed's quoted
//! title 「マイクロソフトへの問題のエスカレート」.

use super::{Clock, Label, StepKey, Texts};

// Partner Center roles, from the ja-JP partner-center/permissions-overview.md
// (MicrosoftDocs/partner-center-pr.ja-jp): "管理エージェント",
// "ヘルプデスク エージェント".
macro_rules! admin_agent {
    () => {
        "管理エージェント (Admin agent)"
    };
}
macro_rules! helpdesk_agent {
    () => {
        "ヘルプデスク エージェント (Helpdesk agent)"
    };
}
// Microsoft Entra roles, from the ja-JP permissions-reference.md (table of all
// roles): "サービス サポート管理者". Global administrator: "グローバル管理者",
// as the same page's text and the later Microsoft Entra pages name it (its
// 2021 table still said "全体管理者").
macro_rules! service_support_admin {
    () => {
        "サービス サポート管理者 (Service support administrator)"
    };
}
macro_rules! global_admin {
    () => {
        "グローバル管理者 (Global administrator)"
    };
}
// Azure RBAC roles, from the ja-JP article on creating an Azure support request
// ("所有者か、共同作成者か、またはサブスクリプション レベルでサポート リクエスト
// 共同作成者ロール").
macro_rules! support_request_contributor {
    () => {
        "サポート リクエスト共同作成者 (Support Request Contributor)"
    };
}
macro_rules! owner {
    () => {
        "所有者 (Owner)"
    };
}
macro_rules! contributor {
    () => {
        "共同作成者 (Contributor)"
    };
}
use crate::answers::assessment::Fee;
use crate::answers::customer::CustomerOption;
use crate::answers::decision::{Missing, Outcome, Remedy};
use crate::answers::route::{IsvContact, Portal};
use crate::facts::model::{OwnEntitlement, Severity, Workload};
use crate::{Basis, RuleId};

pub(crate) struct Ja;

impl Texts for Ja {
    fn rule(&self, id: RuleId) -> &'static str {
        match id {
            RuleId::ScopeClouds => {
                "パートナー センターと米国政府機関向け Microsoft Cloud のパートナー センター。dap では Microsoft Cloud ドイツも対象です。"
            }
            RuleId::ScopeWorkloads => {
                "顧客の代理としてのリクエストは Azure、Office 365、Dynamics CRM Online、Enterprise Mobility Suite が対象です。それ以外は対象外です。"
            }
            RuleId::ScopeMarketplaceIsv => {
                "コマーシャル マーケットプレース製品のサポートは Microsoft が提供しません。製品ページから ISV に連絡してください。"
            }
            RuleId::ScopeProblemKinds => {
                "技術的な問題、課金、サブスクリプションの管理が対象です。dap では請求に関する紛争と不正行為の疑いも対象です。"
            }
            RuleId::ScopeCannotResolveFirst => {
                "リクエストはパートナーが自分で解決できない問題が対象です。まずサービスの正常性を確認します (dap: エスカレートの条件)。"
            }
            RuleId::RouteNoPhone => "このプログラムでは電話サポートは提供されていません。",
            RuleId::RouteDirectSignInOwnContext => {
                "Azure ポータルや管理センターに直接サインインすると、顧客ではなく貴社のコンテキストで表示されます。直接サインインするのは、貴社のサブスクリプションに関するリクエストを作成するときだけにしてください。"
            }
            RuleId::OwnDirectSignIn => {
                "貴社のサブスクリプションに関するリクエストは、Azure ポータルまたは管理センターに直接サインインして作成します。"
            }
            RuleId::OwnEntitlementRequired => {
                "貴社のサブスクリプションに関するリクエストには、有効なサポート プランの権利を示します (パートナー プログラムのコントラクト ID、プレミア、Azure サポート プラン)。"
            }
            RuleId::OwnNotCspEntitlement => {
                "貴社のパートナー テナントとサブスクリプションへのサポートは、CSP サポートの特典に含まれていません。"
            }
            RuleId::FilerPartnerTypes => {
                "顧客の代理で提出できるパートナー: gdap-2023 では 4 種類すべて、gdap-2025 では直接請求パートナー (CSP Direct) と間接プロバイダーのみ、dap では委任された管理者特権を持つすべての種類。"
            }
            RuleId::AzureProviderOnly => {
                "間接リセラーとアドバイザーは、サポート契約があっても顧客の代理で Azure のサポート要求を作成できません。作成できるのはサブスクリプションのプロバイダーだけです。"
            }
            RuleId::FilerDapDelegatedAdmin => concat!(
                "パートナーが顧客の委任された管理者特権を持ち、提出するユーザーが",
                admin_agent!(),
                " または",
                helpdesk_agent!(),
                " であること。"
            ),
            RuleId::FilerAdminAgentGdap => concat!(
                "提出するユーザーが",
                admin_agent!(),
                " で、セキュリティ グループを通じて、Microsoft 365 では ",
                service_support_admin!(),
                " または",
                global_admin!(),
                "、Azure では任意の組み込みロールを付与するアクティブな GDAP 関係に割り当てられていること。"
            ),
            RuleId::AzureNoAdminPermissions => {
                "顧客の管理者権限を持たない Azure のプロバイダーには、記事に記載のない別の手順が案内されています。"
            }
            RuleId::AzureGdapRbac => concat!(
                "Azure には、アクティブな GDAP 関係 (Entra ロールは任意) と、サポート チケットを作成できる Azure RBAC ロールが必要です: ",
                owner!(),
                "、",
                contributor!(),
                "、",
                support_request_contributor!(),
                "。"
            ),
            RuleId::AzureDapAccessGranted => {
                "Azure では、顧客の Azure アカウントへのアクセスが間接プロバイダーから許可される必要があります。サブスクリプションのプロバイダー自身には不要です。"
            }
            RuleId::RouteViaPartnerCenter => {
                "顧客のリクエストは、エディションごとの手順でパートナー センターを通じて提出します。"
            }
            RuleId::RouteWorkloadPortal => {
                "パートナー センターから、顧客のテナントに対する貴社のコンテキストでワークロードのポータルに移ります: Azure ポータル、または Microsoft 365 管理センター (dap: Office 365 管理センター)。"
            }
            RuleId::RouteTrack => {
                "後で確認するには: Azure ポータル > [サポートの要求の管理]、管理センター > [すべてのサポート チケットを表示する]。"
            }
            RuleId::FormAzureSupportPlan => {
                "顧客の Azure のサポート要求では、[基本] セクションの [サポート プラン] フィールドで [クラウド ソリューション プロバイダー] を選びます。"
            }
            RuleId::FormPartnerContact => "入力する連絡先は、顧客ではなく貴社の情報です。",
            RuleId::FormSeverityFromImpact => {
                "重大度は、提出時に示すビジネスへの影響の程度で決まります。"
            }
            RuleId::FeeM365None => {
                "Office 365、Dynamics CRM Online、Enterprise Mobility Suite では、パートナーや顧客に個別のサポート料金は請求されません。"
            }
            RuleId::FeeAzureCharged => {
                "Azure のサポートは有料です。Signature Cloud Support やその他のパートナー プログラムの特典の権利があれば、それで支払えます。"
            }
            RuleId::FeeAllCspPartners => {
                "この特典は、有料版か試用期間かにかかわらず、すべての CSP パートナーに適用されます。"
            }
            RuleId::FeeBillingFree => "課金とサブスクリプションの管理のサポートは無料です。",
            RuleId::SlaSeverityA => {
                "重大度 A (重大な影響: 実稼働サービスの停止): 最初の応答は 2 時間以内。"
            }
            RuleId::SlaSeverityB => {
                "重大度 B (中程度の影響: 実稼働サービスへの部分的な影響): 最初の応答は 4 時間以内。"
            }
            RuleId::SlaSeverityC => {
                "重大度 C (最小限の影響: サービスは利用可能、または実稼働でないサービスに影響): 最初の応答は 8 時間以内。"
            }
            RuleId::SlaEnglish24x7 => {
                "この応答時間は英語によるサポートが対象で、24 時間体制で数えます。"
            }
            RuleId::SlaLocalLanguageBusinessHours => {
                "ローカル言語でのサポートは業務時間中に提供されます。カレンダーの業務時間だけを数えます。"
            }
            RuleId::SlaNonBreakFixOneBusinessDay => {
                "サポートの権利の範囲内でも技術的な障害対応 (break-fix) に当たらないインシデントでは、最初の応答まで最大 1 営業日かかることがあります。"
            }
            RuleId::SlaPriority => "CSP パートナーは、重大な問題への優先的な応答を期待できます。",
            RuleId::CustomerTrialPartnerOnly => {
                "CSP サブスクリプションと試用版だけの Direct サブスクリプションを持つ顧客は、CSP パートナーにのみ連絡できます。"
            }
            RuleId::CustomerPaidEither => {
                "CSP サブスクリプションと有料の Direct サブスクリプションを持つ顧客は、Microsoft にサービス リクエストを作成するか、パートナーに連絡できます。"
            }
        }
    }

    fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Allowed => "許可",
            Outcome::Denied => "拒否",
            Outcome::NotCovered => "対象外",
            Outcome::Redirected => "別の窓口へ",
        }
    }

    fn remedy(&self, r: Remedy) -> &'static str {
        match r {
            Remedy::AskProviderToFile => {
                "顧客の直接請求パートナー (CSP Direct) または間接プロバイダーに提出を依頼してください。"
            }
            Remedy::AskSubscriptionProviderToFile => {
                "顧客の Azure サブスクリプションのプロバイダーに提出を依頼してください。"
            }
            Remedy::GetAdminAgentRole => concat!(
                "パートナー センターの",
                admin_agent!(),
                " ロールを取得してください。"
            ),
            Remedy::GetAdminOrHelpdeskAgentRole => concat!(
                "パートナー センターの",
                admin_agent!(),
                " または",
                helpdesk_agent!(),
                " ロールを取得してください。"
            ),
            Remedy::ObtainDelegatedAdmin => "顧客の委任された管理者特権 (DAP) を取得してください。",
            Remedy::EstablishActiveGdapRelationship => {
                "顧客とのアクティブな GDAP 関係を作成するか、更新してください。"
            }
            Remedy::AssignUserToRelationship => {
                "セキュリティ グループを通じて、ユーザーを GDAP 関係に割り当ててください。"
            }
            Remedy::AddServiceSupportAdministrator => concat!(
                "GDAP 関係に",
                service_support_admin!(),
                " ロールを追加し、ユーザーのセキュリティ グループに割り当ててください。"
            ),
            Remedy::AssignSupportRequestContributor => concat!(
                "Azure サブスクリプションで",
                support_request_contributor!(),
                "、",
                owner!(),
                "、",
                contributor!(),
                " のいずれかのロールを割り当ててください。"
            ),
            Remedy::AskIndirectProviderForAzureAccess => {
                "顧客の Azure アカウントへのアクセスを許可するよう、間接プロバイダーに依頼してください。"
            }
            Remedy::StartFromPartnerCenter => {
                "直接サインインではなく、パートナー センターから始めてください。"
            }
            Remedy::SignInDirectly => {
                "Azure ポータルまたは管理センターに、貴社のコンテキストで直接サインインしてください。"
            }
            Remedy::NameOwnSupportPlan => {
                "貴社のサポート プランの権利を示してください: パートナー プログラムのコントラクト ID、プレミア、Azure サポート プラン。"
            }
            Remedy::FileThroughPartnerCenter => {
                "パートナー センターを通じて提出してください。電話サポートはありません。"
            }
        }
    }

    fn missing(&self, m: Missing) -> &'static str {
        match m {
            Missing::CoveredCloud => "このエディションが対象とするクラウド",
            Missing::CoveredWorkload => "このエディションが対象とするワークロード",
            Missing::CoveredProblemKind => "このエディションが対象とする問題の種類",
            Missing::CoveredChannel => "このエディションが示す提出方法",
            Missing::MatchingPortal => "このワークロードを扱うポータル",
            Missing::NamedEntitlement => "記事が貴社のテナント向けに示すサポート プラン",
            Missing::AllowedPartnerType => "このエディションで提出できるパートナーの種類",
            Missing::SubscriptionProvider => {
                "顧客の Azure サブスクリプションのプロバイダーであること"
            }
            Missing::PartnerCenterRole => "このエディションが求めるパートナー センターのロール",
            Missing::DelegatedAdmin => "委任された管理者特権 (DAP)",
            Missing::ActiveRelationship => "提出時にアクティブな GDAP 関係",
            Missing::UserAssignment => "セキュリティ グループを通じた、関係へのユーザーの割り当て",
            Missing::SufficientEntraRole => concat!(
                "十分な Microsoft Entra ロール: Microsoft 365 では ",
                service_support_admin!(),
                " または",
                global_admin!(),
                "、Azure では任意の組み込みロール"
            ),
            Missing::SupportTicketRbacRole => concat!(
                "サポート チケットを作成できる Azure RBAC ロール: ",
                owner!(),
                "、",
                contributor!(),
                "、",
                support_request_contributor!()
            ),
            Missing::AzureAccessGrant => {
                "間接プロバイダーが許可した、顧客の Azure アカウントへのアクセス"
            }
            Missing::AzureAccessPath => {
                "顧客の Azure サブスクリプションにアクセスするための、記事に記載された方法"
            }
            Missing::CustomerRule => "このサブスクリプションの組み合わせに当てはまる規則",
        }
    }

    fn portal(&self, p: Portal) -> &'static str {
        match p {
            Portal::AzurePortal => "Azure ポータル",
            // Not in the Japanese seed (dap): the established Microsoft name.
            Portal::Microsoft365AdminCenter => "Microsoft 365 管理センター",
            Portal::Office365AdminCenter => "Office 365 管理センター",
        }
    }

    fn workload(&self, w: Workload) -> &'static str {
        match w {
            Workload::Azure => "[Azure]",
            Workload::Office365 => "[Office 365]",
            Workload::DynamicsCrmOnline => "[Dynamics CRM Online]",
            Workload::EnterpriseMobilitySuite => "[Enterprise Mobility Suite]",
            Workload::CommercialMarketplace => "コマーシャル マーケットプレース製品",
            Workload::Other => "その他の製品",
        }
    }

    // Not in the Japanese seed (dap has no marketplace section): plain names.
    fn isv_contact(&self, c: IsvContact) -> &'static str {
        match c {
            IsvContact::SupportSite => "ISV の Web サイトのサポート リンク",
            IsvContact::Email => "サポートのメール アドレス",
            IsvContact::Phone => "サポートの電話番号",
        }
    }

    fn entitlement(&self, e: OwnEntitlement) -> &'static str {
        match e {
            OwnEntitlement::NotNamed => "なし",
            OwnEntitlement::PartnerProgramContract => {
                "MPN コントラクト ID (現在は Microsoft AI Cloud Partner Program)"
            }
            OwnEntitlement::Premier => "プレミア",
            OwnEntitlement::AzureSupportPlan => "Azure サポート プラン",
            OwnEntitlement::CloudSolutionProvider => "CSP サポートの特典",
            OwnEntitlement::Other => "その他のサポート プラン",
        }
    }

    fn fee(&self, f: Fee) -> &'static str {
        match f {
            Fee::NoSeparateFee => "個別のサポート料金なし",
            Fee::Charged => "有料",
            Fee::Free => "無料",
            Fee::NotStated => "この種類の問題の料金は記載されていません",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Stated => "記事に記載",
            Basis::Inherited => "前の版から継承",
            Basis::Outside => "記事以外の資料",
            Basis::Interpreted => "解釈",
        }
    }

    fn customer_option(&self, o: CustomerOption) -> &'static str {
        match o {
            CustomerOption::ContactPartner => "CSP パートナーに連絡する",
            CustomerOption::OpenRequestWithMicrosoft => {
                "Microsoft 365 管理センターで Microsoft にサービス リクエストを作成する"
            }
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::A => "重大度 A (重大な影響)",
            Severity::B => "重大度 B (中程度の影響)",
            Severity::C => "重大度 C (最小限の影響)",
        }
    }

    fn label(&self, l: Label) -> &'static str {
        match l {
            Label::BasisOf => "(根拠: {})",
            Label::Missing => "不足:",
            Label::Advice => "アドバイス:",
            Label::Route => "手順:",
            Label::Plan => "サポート プラン:",
            Label::Fee => "料金:",
            Label::Source => "出典:",
            Label::Quote => "「{}」",
            Label::ListSeparator => "、",
            Label::HoldsUntil => "{} まで有効",
            Label::RenewsByDays => "{} 日延長",
            Label::PayableWithBenefits => {
                "Signature Cloud Support やその他のパートナー プログラムの特典で支払い可能 (有料版か試用期間かにかかわらず、すべての CSP パートナー)"
            }
            Label::IsvContactForms => "連絡先の形式:",
            Label::CloudSolutionProvider => "クラウド ソリューション プロバイダー",
            Label::DapMicrosoft365Menu => "[Office 365、Dynamics 365、Enterprise Mobility Suite]",
            Label::Options => "選択肢:",
            Label::FirstResponse => "最初の応答:",
            Label::Due => "期限 {}",
            Label::Overdue => "期限切れ",
        }
    }

    fn clock(&self, c: Clock) -> &'static str {
        match c {
            Clock::AroundTheClock => "24 時間体制 (英語によるサポート)",
            Clock::BusinessHours => "業務時間中 (ローカル言語でのサポート)",
            Clock::OneBusinessDay => "1 営業日以内 (障害対応 [break-fix] 以外のインシデント)",
        }
    }

    // The catalogue's notes on outside sources, in Japanese.
    fn outside_source(&self, id: RuleId) -> Option<&'static str> {
        match id {
            RuleId::FilerPartnerTypes => Some(
                "DAP: GDAP 以前は、委任された管理者特権によってパートナーが顧客の管理アクセス権を持っていました",
            ),
            RuleId::AzureProviderOnly => Some(
                "Microsoft Learn、2023 年の同じ改訂版の英語の本文 (ms.date 2023-09-23)。ドイツ語版にある限定はありません",
            ),
            RuleId::FilerDapDelegatedAdmin => {
                Some("DAP、パートナー センターのロールとアクセス許可の概要 (2022)")
            }
            RuleId::FilerAdminAgentGdap => Some(
                "Microsoft Learn、タスク別の最小特権の GDAP ロール (2023)、パートナー センターのロールとアクセス許可の概要 (2022)",
            ),
            RuleId::AzureGdapRbac => Some(
                "Microsoft Learn、GDAP ロールのガイダンス (2023) と Azure サポート リクエストの作成方法に関する記事",
            ),
            _ => None,
        }
    }

    fn step(&self, s: StepKey) -> &'static str {
        match s {
            StepKey::CheckServiceHealth => {
                "まずパートナー センターで、サービスの正常性とサービス インシデントを確認します。"
            }
            StepKey::CheckEscalationCriteria => {
                "問題が「マイクロソフトへの問題のエスカレート」に記載されている条件に一致することを確認します。"
            }
            // gdap-2025 path, not in the Japanese seed: the established names
            // of the Japanese Partner Center.
            StepKey::OpenServiceRequestsCsp => {
                "パートナー センターの左側のメニューで、CSP の [管理] を選択し、[サービス要求] を選択します。"
            }
            // gdap-2023 path, not in the Japanese seed: the established names.
            StepKey::OpenServiceRequestsCustomers => {
                "パートナー センターのメニューで [顧客] を選択し、顧客を選んで [サービス管理] を選択します。"
            }
            StepKey::OpenServiceRequestsDashboard => {
                "[ダッシュボード] メニューの [サービス要求] を選択し、[ユーザーの要求] を選択します。"
            }
            StepKey::SelectCustomer => "対象の顧客を検索して選択します。",
            StepKey::ConfirmAdminRelationship => {
                "適切なセキュリティ ロールとユーザーの割り当てを持つ、アクティブな管理関係があることを確認します。"
            }
            StepKey::NewRequest => "[新しい要求] ドロップダウン メニューで、{} を選択します。",
            StepKey::OpenAzurePortal => {
                "Microsoft Azure ポータルにリダイレクトされます (顧客のテナントに対する貴社のコンテキスト)。"
            }
            StepKey::OpenMicrosoft365AdminCenter => {
                "Microsoft 365 管理センターにリダイレクトされます (顧客のテナントに対する貴社のコンテキスト)。"
            }
            StepKey::OpenOffice365AdminCenter => {
                "Office 365 管理センターにリダイレクトされます (顧客のテナントに対する貴社のコンテキスト)。"
            }
            StepKey::SignInAzurePortal => {
                "Microsoft Azure ポータルに、貴社のコンテキストで直接サインインします。"
            }
            StepKey::SignInMicrosoft365AdminCenter => {
                "Microsoft 365 管理センターに、貴社のコンテキストで直接サインインします。"
            }
            StepKey::SignInOffice365AdminCenter => {
                "Office 365 管理センターに、貴社のコンテキストで直接サインインします。"
            }
            StepKey::StartRequestAzure => "Azure ポータルで [新しいサポート要求] を選びます。",
            StepKey::StartRequestAdminCenter => {
                "[サービス リクエストの作成] セクションで、適切なサポート トピックのカテゴリを選びます (必要なら [その他] を選びます)。"
            }
            StepKey::SelectCspPlan => {
                "[基本] セクションで、[サポート プラン] フィールドの [クラウド ソリューション プロバイダー] を選びます。"
            }
            StepKey::SelectOwnPlan => "貴社のサポート プランの権利を示します: {}。",
            StepKey::EnterPartnerContact => "顧客の情報ではなく、貴社の連絡先情報を入力します。",
            StepKey::StateBusinessImpact => {
                "ビジネスへの影響の程度を示します。これで{} が決まります。"
            }
            StepKey::SubmitAzure => "[作成] を選びます。",
            StepKey::SubmitAdminCenter => {
                "サービス リクエスト フォームに記入し、[送信] を選びます。"
            }
            StepKey::TrackAzure => {
                "後で、Microsoft Azure ポータル内で [サポートの要求の管理] を選んでリクエストを確認します。"
            }
            StepKey::TrackMicrosoft365AdminCenter => {
                "後で、Microsoft 365 管理センターで [すべてのサポート チケットを表示する] を選んでリクエストを見直します。"
            }
            StepKey::TrackOffice365AdminCenter => {
                "後で、Office 365 管理センターで [すべてのサポート チケットを表示する] を選んでリクエストを見直します。"
            }
            StepKey::SelectMarketplaceProduct => {
                "マーケットプレース ページで、サポートが必要な製品を選びます。"
            }
            StepKey::ContactIsv => {
                "この製品は Microsoft のサポート対象外です。製品を公開した ISV に連絡してください。サポートの連絡先は製品ページにあります。"
            }
        }
    }
}
