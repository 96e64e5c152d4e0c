//! Azure built-in roles by role definition ID (`RULES.md`, "Facts from
//! outside the seeds": Azure roles by built-in ID with their names).
//!
//! The model's [`AzureRole`](crate::AzureRole) names the roles the rules
//! use; this table names the commonly assigned built-in roles as well, so a
//! report can say which role a user holds that does not write support
//! tickets. An ID outside it is reported as unrecognised, never dropped.
//!
//! ```
//! use csp_support::azure_catalogue::azure_role_name;
//! assert_eq!(azure_role_name("cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e"), Some("Support Request Contributor"));
//! assert_eq!(
//!     azure_role_name("/subscriptions/0b1f/providers/Microsoft.Authorization/roleDefinitions/9980e02c-c2be-4d73-94e8-173b1dc7cf3c"),
//!     Some("Virtual Machine Contributor"),
//! );
//! assert_eq!(azure_role_name("not-a-role"), None);
//! ```

use super::entra::lookup;

/// Azure built-in roles by role definition ID (lowercase, sorted), with
/// their names: the commonly assigned roles and every role the rules name
/// (Owner, Contributor and Support Request Contributor write support
/// tickets).
pub const AZURE_BUILT_IN_ROLES: &[(&str, &str)] = &[
    (
        "00482a5a-887f-4fb3-b363-3b7fe8e74483",
        "Key Vault Administrator",
    ),
    (
        "0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8",
        "Azure Kubernetes Service Cluster Admin Role",
    ),
    (
        "17d1049b-9a84-46fb-8f53-869881c3d3ab",
        "Storage Account Contributor",
    ),
    (
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
        "User Access Administrator",
    ),
    (
        "1c0163c0-47e6-4577-8991-ea5c82e286e4",
        "Virtual Machine Administrator Login",
    ),
    (
        "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68",
        "Cognitive Services Contributor",
    ),
    (
        "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
        "Storage Blob Data Reader",
    ),
    (
        "2cc479cb-7b4d-49a8-b449-8c00fd0f0a4b",
        "Web Plan Contributor",
    ),
    (
        "312a565d-c81f-4fd8-895a-4e21e48d571c",
        "API Management Service Contributor",
    ),
    (
        "36243c78-bf99-498c-9df9-86d9f8d28608",
        "Resource Policy Contributor",
    ),
    ("39bc4728-0917-49c7-9d2c-d95423bc2eb4", "Security Reader"),
    (
        "434105ed-43f6-45c7-a02f-909b2ba83430",
        "Cost Management Contributor",
    ),
    ("43d0d8ad-25c7-4714-9337-8ba259a9fe05", "Monitoring Reader"),
    (
        "4633458b-17de-408a-b874-0445c86b69e6",
        "Key Vault Secrets User",
    ),
    ("4a9ae827-6dc8-4573-8ac7-8239d42aa03f", "Tag Contributor"),
    (
        "4abbcc35-e782-43d8-92c5-2d3f1bd2253f",
        "Azure Kubernetes Service Cluster User Role",
    ),
    (
        "4d97b98b-1d4f-4787-a291-c67834d212e7",
        "Network Contributor",
    ),
    (
        "5bd9cd88-fe45-4216-938b-f97437e15450",
        "DocumentDB Account Contributor",
    ),
    (
        "5d58bcaf-24a5-4b20-bdb6-eed9f69fbe4c",
        "Management Group Contributor",
    ),
    ("5e467623-bb1f-42f4-a55d-6e525e11384b", "Backup Contributor"),
    (
        "673868aa-7521-48a0-acc6-0f60742d39f5",
        "Data Factory Contributor",
    ),
    (
        "6d8ee4ec-f05a-4a1d-8b00-a9b17e38b437",
        "SQL Server Contributor",
    ),
    (
        "71522526-b88f-4d52-b57f-d31fc3546d0d",
        "API Management Service Reader Role",
    ),
    (
        "72fafb9e-0641-4937-9268-a91bfd8191a3",
        "Cost Management Reader",
    ),
    (
        "73c42c96-874c-492b-b04d-ab87d138a893",
        "Log Analytics Reader",
    ),
    (
        "749f88d5-cbae-40b8-bcfc-e573ddc772fa",
        "Monitoring Contributor",
    ),
    ("76283e04-6283-4c54-8f91-bcf1374a3c64", "DevTest Labs User"),
    ("7f951dda-4ed3-4680-a7ca-43fe172d538d", "AcrPull"),
    ("8311e382-0749-4cb8-b61a-304f252e45ec", "AcrPush"),
    ("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner"),
    (
        "92aaf0da-9dab-42b6-94a3-d43ce8d16293",
        "Log Analytics Contributor",
    ),
    (
        "9980e02c-c2be-4d73-94e8-173b1dc7cf3c",
        "Virtual Machine Contributor",
    ),
    ("9b7fa17d-e63e-47b0-bb0a-15c516ac86ec", "SQL DB Contributor"),
    ("a795c7a0-d4a2-40c1-ae25-d81f01202912", "Backup Reader"),
    (
        "a97b65f3-24c7-4388-baec-2e87135dc908",
        "Cognitive Services User",
    ),
    (
        "ac63b705-f282-497d-ac71-919bf39d939d",
        "Management Group Reader",
    ),
    ("acdd72a7-3385-48ef-bd42-f606fba81ae7", "Reader"),
    (
        "ae349356-3a1b-4a5e-921d-050484c6347e",
        "Application Insights Component Contributor",
    ),
    ("b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor"),
    (
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
        "Storage Blob Data Owner",
    ),
    (
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
        "Storage Blob Data Contributor",
    ),
    (
        "befefa01-2a29-4197-83a8-272ff33ce314",
        "DNS Zone Contributor",
    ),
    (
        "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e",
        "Support Request Contributor",
    ),
    (
        "d3881f73-407a-4167-8283-e981cbba0404",
        "Automation Operator",
    ),
    (
        "d73bb868-a0df-4d4d-bd69-98a00b01fccb",
        "Classic Virtual Machine Contributor",
    ),
    (
        "de139f84-1756-47ae-9be6-808fbbe84772",
        "Website Contributor",
    ),
    (
        "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59",
        "Managed Identity Contributor",
    ),
    (
        "f1a07417-d97a-45cb-824c-7a7467783830",
        "Managed Identity Operator",
    ),
    (
        "f25e0fa2-a7c8-4377-a976-54943a77a395",
        "Key Vault Contributor",
    ),
    (
        "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
        "Role Based Access Control Administrator",
    ),
    ("fa23ad8b-c56e-40d8-ac0c-ce449e1d2c64", "Billing Reader"),
    ("fb1c8493-542b-48eb-b624-b4c8fea62acd", "Security Admin"),
    (
        "fb879df8-f326-4884-b1cf-06f3ad86be52",
        "Virtual Machine User Login",
    ),
    (
        "fbdf93bf-df7d-467e-a4d2-9458aa1360c8",
        "Cosmos DB Account Reader Role",
    ),
];

/// The bare role definition ID of `id`: the last segment of a
/// `…/roleDefinitions/{id}` path, or `id` itself; `None` for another path.
#[must_use]
pub fn bare_role_definition_id(id: &str) -> Option<&str> {
    let id = id.trim();
    match id.rsplit_once('/') {
        Some((path, last)) => {
            let parent = path.rsplit('/').next().unwrap_or_default();
            parent
                .eq_ignore_ascii_case("roleDefinitions")
                .then_some(last)
        }
        None => Some(id),
    }
}

/// The name of the Azure built-in role with definition ID `id` (bare or
/// as a `…/roleDefinitions/{id}` path, any ASCII case); `None` for an ID
/// outside the table.
#[must_use]
pub fn azure_role_name(id: &str) -> Option<&'static str> {
    lookup(AZURE_BUILT_IN_ROLES, bare_role_definition_id(id)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_lowercase_and_unique() {
        for pair in AZURE_BUILT_IN_ROLES.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert_eq!(a.to_ascii_lowercase(), *a);
                assert!(a < b, "{a} {b}");
            }
        }
        for (id, name) in AZURE_BUILT_IN_ROLES {
            assert_eq!(azure_role_name(id), Some(*name));
        }
    }
}
