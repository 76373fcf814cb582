// Safeguarding assistant on Azure, in the board's own subscription, in a UK region:
// a single-tenant Azure Bot registration with its Teams channel, an App Service (Linux) running the project's
// Node.js 24 container, Azure Database for PostgreSQL flexible server, and a Key Vault holding every secret.
// The app reads its secrets through Key Vault references; no password has a default.
// Commands: deploy/azure/README.md.

targetScope = 'resourceGroup'

@description('Azure region for every resource that holds data. UK only, so case data stays in the UK.')
@allowed([
  'uksouth'
  'ukwest'
])
param location string = 'uksouth'

@description('Short lower-case name (letters only) that starts every resource name, e.g. the board\'s initials.')
@minLength(3)
@maxLength(10)
param namePrefix string = 'safeguard'

@description('Application (client) id of the Entra ID app registration the bot signs in as (MicrosoftAppId). When a board file names Entra groups for roles (roleGroups), grant this registration the Microsoft Graph application permission GroupMember.Read.All, with admin consent: Bicep cannot grant it (docs/operations.md, Roles).')
@minLength(36)
@maxLength(36)
param microsoftAppId string

@secure()
@description('Client secret of that app registration (MicrosoftAppPassword). Stored in Key Vault only.')
param microsoftAppPassword string

@description('Administrator login of the PostgreSQL server.')
param postgresAdministratorLogin string = 'safeguarding_admin'

@secure()
@minLength(16)
@description('Administrator password of the PostgreSQL server: at least 16 characters. Stored in Key Vault only.')
param postgresAdministratorPassword string

@description('Tag of the image in the registry, as built with az acr build (e.g. the package.json version).')
param imageTag string

@description('App Service plan size. B1 is enough for one board; choose a P*v3 size for several.')
@allowed([
  'B1'
  'B2'
  'B3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('PostgreSQL compute size and its tier.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
@description('Tier of the PostgreSQL compute size.')
param postgresTier string = 'Burstable'

@minValue(7)
@maxValue(35)
@description('Days of point-in-time restore the database keeps.')
param postgresBackupRetentionDays int = 35

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier. Teams is a standard channel, free on F0.')
param botSku string = 'F0'

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
@description('Log level (LOG_LEVEL). Logs never carry case details.')
param logLevel string = 'info'

@description('Folder of board configuration files inside the image (BOARD_CONFIG_DIR). Empty: the default folder, knowledge/data/boards.')
param boardConfigDir string = ''

@description('Application (client) id of the insight page\'s Entra ID app registration (INSIGHT_OIDC_CLIENT_ID). Empty: no insight page. Before setting it, put the registration\'s client secret and a random session secret in the vault as insight-client-secret and insight-session-secret (docs/operations.md, "The insight page for board staff").')
param insightClientId string = ''

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'Safeguarding assistant'

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-bot-${suffix}'
var keyVaultName = '${namePrefix}-kv-${take(suffix, 8)}'
var registryName = '${namePrefix}acr${suffix}'
var postgresServerName = '${namePrefix}-db-${suffix}'
var databaseName = 'safeguarding'
var imageName = 'safeguarding-bot'
var appPort = '3978'

// Built-in role definition ids.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPullRole = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      // Geo-redundant copies would go to the paired region (UK West for UK South): enable it if your DPIA allows.
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    value: 'postgres://${postgresAdministratorLogin}:${uriComponent(postgresAdministratorPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

var keyVaultReference = 'VaultName=${keyVault.name};SecretName'
var coreAppSettings = [
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(${keyVaultReference}=${appPasswordSecret.name})' }
  { name: 'MicrosoftAppType', value: 'SingleTenant' }
  { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
  { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(${keyVaultReference}=${databaseUrlSecret.name})' }
  { name: 'PORT', value: appPort }
  { name: 'LOG_LEVEL', value: logLevel }
  { name: 'WEBSITES_PORT', value: appPort }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
]
// The insight page's sign-in: its secrets are created in the vault by the operator, never passed through the template.
var insightSettings = empty(insightClientId) ? [] : [
  { name: 'PUBLIC_URL', value: 'https://${webAppName}.azurewebsites.net' }
  { name: 'INSIGHT_OIDC_ISSUER', value: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0' }
  { name: 'INSIGHT_OIDC_CLIENT_ID', value: insightClientId }
  { name: 'INSIGHT_OIDC_CLIENT_SECRET', value: '@Microsoft.KeyVault(${keyVaultReference}=insight-client-secret)' }
  { name: 'INSIGHT_SESSION_SECRET', value: '@Microsoft.KeyVault(${keyVaultReference}=insight-session-secret)' }
]
var boardConfigSetting = empty(boardConfigDir) ? [] : [
  { name: 'BOARD_CONFIG_DIR', value: boardConfigDir }
]

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registry.properties.loginServer}/${imageName}:${imageTag}'
      acrUseManagedIdentityCreds: true
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: concat(coreAppSettings, boardConfigSetting, insightSettings)
    }
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, webApp.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource webAppPullsImages 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, webApp.id, acrPullRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRole)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Only the web app's outbound addresses may reach the database (TLS is enforced by the server).
module databaseFirewall 'modules/databaseFirewall.bicep' = {
  name: 'database-firewall'
  dependsOn: [
    database
  ]
  params: {
    postgresServerName: postgres.name
    allowedAddresses: split(webApp.properties.possibleOutboundIpAddresses, ',')
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: webAppName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenant().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Set BOT_DOMAIN to this for npm run package:teams.')
output botDomain string = webApp.properties.defaultHostName

@description('The messaging endpoint the Azure Bot posts to.')
output messagingEndpoint string = bot.properties.endpoint

@description('Name of the web app, for az webapp commands.')
output webAppName string = webApp.name

@description('Name of the container registry, for az acr build.')
output registryName string = registry.name

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = keyVault.name

@description('Name of the PostgreSQL server, for backups and restores.')
output postgresServerName string = postgres.name
