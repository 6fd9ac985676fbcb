namespace EventPlatform.Platform.Exceptions;

/// <summary>
/// A broken domain rule. <see cref="Code"/> ("Module:Rule") is also the localization key of the message;
/// <see cref="Data"/> values fill its {placeholders}.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, int statusCode = 422, IReadOnlyDictionary<string, object?>? data = null)
        : base(code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        StatusCode = statusCode;
        Values = data ?? new Dictionary<string, object?>();
    }

    public string Code { get; }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, object?> Values { get; }

    public BusinessException WithData(string name, object? value)
    {
        var values = new Dictionary<string, object?>(Values) { [name] = value };
        return new BusinessException(Code, StatusCode, values);
    }
}
