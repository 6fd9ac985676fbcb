using OpenTelemetry.Exporter;

namespace EventPlatform.Platform.Observability;

/// <summary>Configuration section <c>Observability</c>; logging itself is configured in the <c>Serilog</c> section.</summary>
public sealed class ObservabilityOptions
{
    public const string SectionName = "Observability";

    public MetricsOptions Metrics { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();
}

public sealed class MetricsOptions
{
    /// <summary>Collects HTTP and database metrics and serves them in Prometheus format at <c>/metrics</c>.</summary>
    public bool Enabled { get; set; } = true;
}

public sealed class OtlpOptions
{
    /// <summary>OTLP collector base URL (e.g. http://127.0.0.1:4317). When set, traces and metrics are exported there too.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Grpc (port 4317) or HttpProtobuf (port 4318; the /v1/{signal} paths are appended).</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;
}
