// UKSPF Returns: storage, monitoring, the function app (.NET isolated worker on the Flex Consumption plan) and the
// returns portal (portal.bicep: App Service behind Entra ID sign-in).
// Deploy with: az deployment group create -g <group> -f infra/main.bicep -p entraClientId=<app id> entraClientSecret=<secret>
// Then publish the app package and the portal, then deploy infra/eventgrid.bicep to route inbox uploads to IngestReturn.

@description('Where everything is created.')
param location string = resourceGroup().location

@description('A short name shared by the resources; must be globally unique once the suffix is added.')
@minLength(3)
@maxLength(11)
param baseName string = 'ukspf'

// The default is Ukspf.Functions.AppSettingNames.DefaultReconcileSchedule; a test checks they match.
@description('NCRONTAB schedule of the nightly reconciliation (six fields, UTC).')
param reconcileSchedule string = '0 0 2 * * *'

// The default is Ukspf.Functions.AppSettingNames.DefaultReminderSchedule; a test checks they match.
@description('NCRONTAB schedule of the nightly deadline reminders (six fields, UTC).')
param reminderSchedule string = '0 0 7 * * *'

@secure()
@description('The GOV.UK Notify API key; empty leaves notifications off.')
param notifyApiKey string = ''

@description('The id of the Notify template of the email after each ingest.')
param notifyReturnProcessedTemplate string = ''

@description('The id of the Notify template of the deadline reminder.')
param notifyReminderTemplate string = ''

@description('How many days before a round\'s deadline the reminders start.')
@minValue(0)
param notifyReminderDays int = 7

@description('The application (client) id of the portal\'s app registration in Entra ID.')
param entraClientId string

@description('The Entra ID tenant whose users sign in to the portal.')
param entraTenantId string = tenant().tenantId

@secure()
@description('The client secret of the portal\'s app registration.')
param entraClientSecret string

@description('The size of the portal\'s App Service plan.')
param portalSkuName string = 'B1'

@description('Most instances the app may scale out to.')
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var suffix = uniqueString(resourceGroup().id)
var storageAccountName = toLower('${baseName}${suffix}')
var appName = '${baseName}-func-${suffix}'

// Names the code uses (Ukspf.Application.StorageNames); a test checks they match.
var containers = [
  'templates'
  'returns-inbox'
  'returns-archive'
  'returns-feedback'
  'published'
]
var tables = [
  'Rounds'
  'Allocations'
  'Submissions'
  'ReturnLines'
  'Reminders'
  'Findings'
  'Access'
]

// Built-in roles: the app's identity gets these on the storage account and nothing else.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
// The host's blob trigger keeps its dispatch and poison queues in Queue storage.
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // Identity only: no account keys anywhere.
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: 30
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 30
    }
  }
}

resource appContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [for name in containers: {
  parent: blobService
  name: name
  properties: {
    publicAccess: 'None'
  }
}]

// The platform's, not the pipeline's: Flex Consumption runs the app package it finds here.
resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'app-package'
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource appTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [for name in tables: {
  parent: tableService
  name: name
}]

resource logs 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: '${baseName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Identity-based connection for the host and for the app: endpoints, no keys.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storage.properties.primaryEndpoints.queue
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'ReconcileSchedule'
          value: reconcileSchedule
        }
        {
          name: 'ReminderSchedule'
          value: reminderSchedule
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
          name: 'Notify__ReminderDays'
          value: string(notifyReminderDays)
        }
        {
          name: 'Notify__PortalUrl'
          value: portal.outputs.portalUrl
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${packageContainer.name}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // Flex Consumption takes the language worker from here; FUNCTIONS_WORKER_RUNTIME is not an app setting on it.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, app.id, storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, app.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, app.id, storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

module portal 'portal.bicep' = {
  name: 'portal'
  params: {
    location: location
    baseName: baseName
    suffix: suffix
    storageAccountName: storage.name
    entraClientId: entraClientId
    entraTenantId: entraTenantId
    entraClientSecret: entraClientSecret
    applicationInsightsConnectionString: insights.properties.ConnectionString
    notifyApiKey: notifyApiKey
    notifyReturnProcessedTemplate: notifyReturnProcessedTemplate
    notifyReminderTemplate: notifyReminderTemplate
    skuName: portalSkuName
  }
}

// Blob-created events for the inbox reach the app through this topic (see eventgrid.bicep).
resource storageEvents 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: '${baseName}-storage-events-${suffix}'
  location: location
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output functionAppName string = app.name
output storageAccountName string = storage.name
output systemTopicName string = storageEvents.name
output deploymentContainer string = packageContainer.name
output portalName string = portal.outputs.portalName
output portalUrl string = portal.outputs.portalUrl
