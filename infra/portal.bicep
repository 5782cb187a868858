// The returns portal (src/Portal): a Linux App Service for .NET 10 behind App Service Authentication (Entra ID),
// on the pipeline's storage account through its own managed identity. Deployed by main.bicep.

@description('Where the portal is created.')
param location string

@description('The short name shared by the resources (main.bicep\'s).')
param baseName string

@description('The suffix that makes the names globally unique (main.bicep\'s).')
param suffix string

@description('The pipeline\'s storage account, which main.bicep creates.')
param storageAccountName string

@description('The application (client) id of the portal\'s app registration in Entra ID.')
param entraClientId string

@description('The Entra ID tenant whose users sign in.')
param entraTenantId string

@secure()
@description('The client secret of the portal\'s app registration; App Service Authentication reads it from an app setting.')
param entraClientSecret string

@description('Application Insights for the portal\'s telemetry.')
param applicationInsightsConnectionString string

@secure()
@description('The GOV.UK Notify API key; empty leaves notifications off.')
param notifyApiKey string = ''

@description('The id of the Notify template of the email after each upload.')
param notifyReturnProcessedTemplate string = ''

@description('The id of the Notify template of the deadline reminder.')
param notifyReminderTemplate string = ''

@description('The App Service plan\'s size.')
param skuName string = 'B1'

var appName = '${baseName}-portal-${suffix}'

// The site's default address, which the emails give; the site cannot read its own host name while it is created.
var portalUrl = 'https://${appName}.azurewebsites.net'

// The setting App Service Authentication reads the client secret from (its conventional name).
var clientSecretSettingName = 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'

// Built-in roles: the portal reads and writes blobs and tables, and nothing else.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-portal-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource portal 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: true
      appSettings: [
        // The same identity-based storage connection as the function app's: endpoints, no keys.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Portal__Storage'
          value: 'azure'
        }
        // The app trusts the principal App Service Authentication passes only when told it sits behind it.
        {
          name: 'Portal__Authentication'
          value: 'AppService'
        }
        {
          name: clientSecretSettingName
          value: entraClientSecret
        }
        {
          name: 'Notify__ApiKey'
          value: notifyApiKey
        }
        {
          name: 'Notify__Templates__ReturnProcessed'
          value: notifyReturnProcessedTemplate
        }
        {
          name: 'Notify__Templates__Reminder'
          value: notifyReminderTemplate
        }
        {
          name: 'Notify__PortalUrl'
          value: portalUrl
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsightsConnectionString
        }
      ]
    }
  }
}

// Nobody reaches the app unauthenticated: the platform signs users in with Entra ID and passes the principal on.
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: portal
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
          clientId: entraClientId
          clientSecretSettingName: clientSecretSettingName
        }
        validation: {
          allowedAudiences: [
            'api://${entraClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
  }
}

// FTP is off (ftpsState), and so is publishing to it with basic credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: portal
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource blobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, portal.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: portal.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, portal.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: portal.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output portalName string = portal.name
output portalUrl string = portalUrl
