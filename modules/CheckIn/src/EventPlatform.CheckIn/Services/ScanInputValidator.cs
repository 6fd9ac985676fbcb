using EventPlatform.CheckIn.Scans;
using FluentValidation;

namespace EventPlatform.CheckIn.Services;

public sealed class ScanInputValidator : AbstractValidator<ScanInput>
{
    public ScanInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(ScanConsts.MaxCodeLength);
        RuleFor(x => x.Direction).IsInEnum();
        RuleFor(x => x.ClientNonce).MaximumLength(ScanConsts.MaxNonceLength);
    }
}
