// Routes blob-created events in the inbox to IngestReturn. The Flex Consumption plan runs blob triggers only from
// Event Grid (the trigger's Source = BlobTriggerSource.EventGrid), and the webhook needs the host's blobs_extension
// system key, which exists once the published app has loaded that trigger: deploy this after publishing.
// az deployment group create -g <group> -f infra/eventgrid.bicep -p functionAppName=<app> systemTopicName=<topic>

@description('The function app created by main.bicep.')
param functionAppName string

@description('The storage system topic created by main.bicep.')
param systemTopicName string

// Ukspf.Functions.FunctionNames and Ukspf.Application.StorageNames; a test checks they match.
var ingestFunction = 'IngestReturn'
var inboxContainer = 'returns-inbox'

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

var blobsExtensionKey = listKeys('${app.id}/host/default', '2025-03-01').systemKeys.blobs_extension

resource inboxUploads 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'inbox-to-${ingestFunction}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${ingestFunction}&code=${blobsExtensionKey}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainer}/blobs/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
