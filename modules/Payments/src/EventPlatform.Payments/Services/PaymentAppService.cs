using EventPlatform.Payments.Data;
using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Services;

[Authorize(PaymentsPermissions.Payments.Read)]
public sealed class PaymentAppService(PaymentsDbContext db, Refunder refunder) : IPaymentAppService
{
    public async Task<IReadOnlyList<PaymentDto>> GetListAsync(Guid orderId)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.CreatedAt).ToListAsync();
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.CreatedAt).ToListAsync();
        return payments.Select(p => ToDto(p, refunds)).ToList();
    }

    [Authorize(PaymentsPermissions.Refunds.Manage)]
    public async Task<PaymentDto> RefundAsync(Guid id, RefundInput input)
    {
        if (input.Reason is { Length: > PaymentsConsts.MaxRefundReasonLength }) throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "reason");
        if (!await db.Payments.AnyAsync(p => p.Id == id)) throw new BusinessException(PaymentsErrorCodes.PaymentNotFound, 404).WithData("payment", id);
        await refunder.RefundAsync(id, input.Amount, input.Reason, default);
        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == id);
        return ToDto(payment, await db.Refunds.AsNoTracking().Where(r => r.PaymentId == id).OrderBy(r => r.CreatedAt).ToListAsync());
    }

    private static PaymentDto ToDto(Payment p, IReadOnlyList<Refund> refunds) =>
        new(p.Id, p.OrderId, p.OrderNumber, p.Provider, p.Status, p.Amount, p.RefundedAmount, p.Currency, p.ProviderReference, p.CreatedAt, p.SucceededAt,
            p.FailureReason,
            refunds.Where(r => r.PaymentId == p.Id).Select(r => new RefundDto(r.Id, r.Amount, r.Currency, r.Status.ToString(), r.Reason, r.ProviderReference, r.CreatedAt)).ToList());
}
