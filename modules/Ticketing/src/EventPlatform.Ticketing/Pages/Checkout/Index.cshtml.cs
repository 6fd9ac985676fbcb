using EventPlatform.Events.Catalog;
using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Checkout;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Pages.Checkout.Files;
using EventPlatform.Ticketing.Questions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>
/// The checkout of one reservation (<c>/o/{tenant}/checkout/{id}</c>): lines, countdown, buyer and attendee details, questions,
/// payment; confirming opens the done page. The reservation's token comes from its cookie (<see cref="ReservationCookie"/>).
/// </summary>
public sealed class CheckoutPageModel(
    ICheckoutAppService checkout,
    IEventCatalog catalog,
    IOrganizationBrandingProvider branding,
    RegistrationFileStore files,
    ErrorLocalizer errors,
    IStringLocalizer<TicketingResource> l,
    ICheckoutPayments payments,
    TimeProvider clock) : PageModel
{
    public CheckoutView View { get; private set; } = null!;

    /// <summary>How a paid order can be paid here (online providers first, then offline); empty for free orders.</summary>
    public IReadOnlyList<string> Methods { get; private set; } = [];

    /// <summary>When an offline order placed now would have to be paid by; null when the organization set no deadline.</summary>
    public DateTimeOffset? OfflineDueAt { get; private set; }

    [BindProperty]
    public BuyerForm Buyer { get; set; } = new();

    [BindProperty]
    public List<AttendeeForm> Attendees { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, string?> Answers { get; set; } = [];

    [BindProperty]
    public string? PaymentMethod { get; set; }

    public IEnumerable<string> FormErrors => ModelState.TryGetValue("", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task<IActionResult> OnGetAsync(string tenant, Guid id)
    {
        if (await LoadAsync(tenant, id) is { } result) return result;
        Attendees = View.Seats.Select(s => new AttendeeForm { TicketTypeId = s.TicketTypeId, SameAsBuyer = s.Index == 0 }).ToList();
        PaymentMethod = View.IsFree ? PaymentMethods.Free : Methods.FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id)
    {
        if (await LoadAsync(tenant, id) is { } result) return result;
        if (View.IsReleased) return Page();
        ModelState.Clear(); // the service validates; MVC's own unlocalized binding messages stay out
        var token = ReservationCookie.Read(HttpContext, id)!;
        try
        {
            await SaveFilesAsync(id);
            var input = new ConfirmReservationInput(token, new BuyerInput(Buyer.Name?.Trim() ?? "", Buyer.Email?.Trim() ?? "", Buyer.Phone?.Trim()),
                Attendees.Select(ToInput).ToList(), ToAnswers(Answers), View.IsFree ? PaymentMethods.Free : PaymentMethod);
            var order = await checkout.ConfirmAsync(tenant, id, input);
            // An order paid online goes straight to the provider; it is confirmed (and mailed) once the money is there.
            return PaymentMethods.AwaitsOnlinePayment(order.Status, order.PaymentMethod)
                ? Redirect(payments.PayPath(tenant, order.Id, order.AccessToken))
                : Redirect(ReservationCookie.Path(tenant, id) + "/done");
        }
        catch (BusinessException e) when (e.Code is TicketingErrorCodes.ReservationExpired or TicketingErrorCodes.ReservationClosed)
        {
            return Redirect(ReservationCookie.Path(tenant, id));
        }
        catch (BusinessException e) when (e.StatusCode is >= 400 and < 500)
        {
            var orderQuestions = View.OrderQuestions.Select(q => q.Id).ToList();
            var field = CheckoutErrors.FieldOf(e, orderQuestions, Attendees);
            ModelState.AddModelError(field, FieldMessage(e, field));
            if (field.Length > 0) ModelState.AddModelError("", l["Checkout:FixErrors"]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(string tenant, Guid id)
    {
        if (await LoadAsync(tenant, id) is { } result) return result;
        if (View.IsReleased) return Page();
        await checkout.CancelReservationAsync(tenant, id, new ReservationTokenInput(ReservationCookie.Read(HttpContext, id)!));
        return Redirect(ReservationCookie.Path(tenant, id));
    }

    /// <summary>
    /// Stores one answer file ahead of the form (<c>?handler=Upload</c>, field <c>file</c>): the script puts the returned blob name into
    /// the answer's hidden field, so the file is not posted again with the form. Without scripts the form posts the file itself.
    /// </summary>
    [RequestSizeLimit(QuestionConsts.MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> OnPostUploadAsync(string tenant, Guid id, IFormFile? file)
    {
        if (await LoadAsync(tenant, id) is { } result) return result;
        if (View.IsReleased) return new StatusCodeResult(StatusCodes.Status409Conflict);
        if (file is null) return BadRequest();
        try
        {
            return new JsonResult(new { name = await files.SaveAsync(id, file, HttpContext.RequestAborted) });
        }
        catch (BusinessException e)
        {
            return new ObjectResult(new { code = e.Code, message = l["Checkout:FileTooLarge"].Value }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
    }

    /// <summary>Loads what the page shows; a result instead when the page should not render the form (gone, done or released).</summary>
    private async Task<IActionResult?> LoadAsync(string tenant, Guid id)
    {
        if (ReservationCookie.Read(HttpContext, id) is not { } token) return NotFound();
        ReservationDto reservation;
        try
        {
            reservation = await checkout.GetReservationAsync(tenant, id, token);
        }
        catch (BusinessException e) when (e.StatusCode == 404)
        {
            return NotFound();
        }

        if (reservation.Status == ReservationStatus.Confirmed) return Redirect(ReservationCookie.Path(tenant, id) + "/done");
        var @event = await catalog.FindAsync(reservation.EventId, HttpContext.RequestAborted);
        if (@event is null) return NotFound();
        var brand = await branding.GetCurrentAsync(HttpContext.RequestAborted);
        var offer = await checkout.GetOfferAsync(tenant, @event.Slug, reservation.Code);
        View = new CheckoutView(tenant, reservation, @event, brand, offer.Questions, clock.GetUtcNow());
        if (!View.IsFree)
        {
            var methods = await payments.GetMethodsAsync(HttpContext.RequestAborted);
            Methods = methods.Methods;
            // What an offline order placed now would get (OrderManager decides again when it is placed).
            if (Methods.Contains(PaymentMethods.Offline)) OfflineDueAt = PaymentDeadlines.Offline(clock.GetUtcNow(), methods.OfflineTerm, @event.StartsAt);
        }

        return null; // a released reservation renders its "tickets released" view (see Index.cshtml)
    }

    private async Task SaveFilesAsync(Guid id)
    {
        if (!Request.HasFormContentType) return;
        foreach (var file in Request.Form.Files.Where(f => f.Length > 0))
        {
            // A file input is named after the answer it fills: "file:Answers[..]" or "file:Attendees[0].Answers[..]".
            if (!file.Name.StartsWith("file:", StringComparison.Ordinal)) continue;
            var key = file.Name["file:".Length..];
            var (answers, questionId) = AnswerSlot(key);
            if (answers is null) continue;
            answers[questionId] = await files.SaveAsync(id, file, HttpContext.RequestAborted);
        }
    }

    private (Dictionary<Guid, string?>? Answers, Guid QuestionId) AnswerSlot(string key)
    {
        var open = key.IndexOf("Answers[", StringComparison.Ordinal);
        if (open < 0 || !Guid.TryParse(key[(open + "Answers[".Length)..].TrimEnd(']'), out var questionId)) return (null, Guid.Empty);
        if (open == 0) return (Answers, questionId);
        var index = key.IndexOf('[') is var i and >= 0 && int.TryParse(key[(i + 1)..key.IndexOf(']')], out var n) ? n : -1;
        return index >= 0 && index < Attendees.Count ? (Attendees[index].Answers, questionId) : (null, Guid.Empty);
    }

    private AttendeeInput ToInput(AttendeeForm a)
    {
        var name = string.IsNullOrWhiteSpace(a.Name) && a.SameAsBuyer ? Buyer.Name : a.Name;
        var email = string.IsNullOrWhiteSpace(a.Email) && a.SameAsBuyer ? Buyer.Email : a.Email;
        return new AttendeeInput(a.TicketTypeId, name?.Trim() ?? "", email?.Trim() ?? "", ToAnswers(a.Answers));
    }

    private static List<AnswerInput> ToAnswers(Dictionary<Guid, string?> answers) =>
        answers.Select(a => new AnswerInput(a.Key, a.Value)).ToList();

    /// <summary>Contact fields are refused with a generic code; say what is wrong with that field instead.</summary>
    private string FieldMessage(BusinessException e, string field)
    {
        if (e.Code != PlatformErrorCodes.BadRequest) return CheckoutErrors.Message(errors, e);
        var last = field.Split('.')[^1];
        return last switch
        {
            "Email" => l["Checkout:EmailInvalid"],
            "Phone" => l["Checkout:PhoneInvalid"],
            _ => l["Checkout:NameRequired"],
        };
    }
}
