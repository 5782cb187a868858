// Routes blob-created events in the inbox to IngestReturn. The Flex Consumption plan runs blob triggers only from
// Event Grid, and the webhook needs the app's blobs_extension key, which exists once the app package is deployed:
// deploy this after publishing.
// az deployment group create -g <group> -f infra/eventgrid.bicep -p functionAppName=<app> systemTopicName=<topic>

@description('The function app created by main.bicep.')
param functionAppName string

@description('The storage system topic created by main.bicep.')
param systemTopicName string

// Ukspf.Functions names; a test checks they match.
var ingestFunction = 'IngestReturn'
var inboxContainer = 'returns-inbox'

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' existing = {
  name: systemTopicName
}

var blobsExtensionKey = listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension

resource inboxUploads 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2024-06-01-preview' = {
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
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainer}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
