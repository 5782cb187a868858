using System.Text;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Writes the <c>$batch</c> request: a multipart/mixed batch holding one change set, each operation an
/// <c>application/http</c> part with its own request line, headers and JSON body (REST reference "Performing entity
/// group transactions"). Content-IDs are the 1-based positions, so a failure can be traced to its operation.
/// </summary>
internal static class TableBatchBody
{
    public static (string ContentType, byte[] Body) Write(Uri tableServiceUri, string table, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var root = tableServiceUri.AbsoluteUri.TrimEnd('/');
        var sb = new StringBuilder()
            .Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");

        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            var (method, withBody, ifMatch) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", true, null),
                TableTransactionActionType.UpsertReplace => ("PUT", true, null),
                TableTransactionActionType.UpsertMerge => ("MERGE", true, null),
                TableTransactionActionType.UpdateReplace => ("PUT", true, action.IfMatch),
                TableTransactionActionType.Delete => ("DELETE", false, action.IfMatch),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.ActionType, "Unknown transaction action."),
            };
            var url = action.ActionType == TableTransactionActionType.Add
                ? $"{root}/{table}"
                : $"{root}/{TableKeys.EntityPath(table, entity.PartitionKey, entity.RowKey)}";

            sb.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n")
                .Append("Content-ID: ").Append(i + 1).Append("\r\n\r\n")
                .Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\n")
                .Append("DataServiceVersion: 3.0\r\n");
            if (ifMatch is not null)
            {
                sb.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            }

            if (withBody)
            {
                sb.Append("Content-Type: application/json\r\n")
                    .Append("Prefer: return-no-content\r\n\r\n")
                    .Append(Encoding.UTF8.GetString(TableEntityJson.Write(entity))).Append("\r\n");
            }
            else
            {
                sb.Append("\r\n");
            }
        }

        sb.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");
        return ("multipart/mixed; boundary=" + batch, Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
