using EventPlatform.CheckIn.Gate;
using EventPlatform.CheckIn.Scans;
using FluentValidation;

namespace EventPlatform.CheckIn.Services;

public sealed class ScanBatchInputValidator : AbstractValidator<ScanBatchInput>
{
    public ScanBatchInputValidator()
    {
        RuleFor(x => x.Scans).Cascade(CascadeMode.Stop).NotNull().Must(s => s.Count <= GateConsts.MaxBatch);
        RuleForEach(x => x.Scans).NotNull().ChildRules(scan =>
        {
            scan.RuleFor(x => x.Code).NotEmpty().MaximumLength(ScanConsts.MaxCodeLength);
            scan.RuleFor(x => x.Direction).IsInEnum();
            scan.RuleFor(x => x.ClientNonce).NotEmpty().MaximumLength(ScanConsts.MaxNonceLength);
            scan.RuleFor(x => x.OfflineOutcome).IsInEnum();
        });
    }
}
