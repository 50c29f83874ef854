using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.DataTransfer;

/// <summary>The JSON conventions of the export document: camelCase names and enum values, like the API.</summary>
public static class DataTransferJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
