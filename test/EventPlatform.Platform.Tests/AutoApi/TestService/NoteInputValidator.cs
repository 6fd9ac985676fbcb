using EventPlatform.Platform.Tests.TestModel;
using FluentValidation;

namespace EventPlatform.Platform.Tests.AutoApi.TestService;

public sealed class NoteInputValidator : AbstractValidator<NoteInput>
{
    public NoteInputValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(Note.MaxTextLength);
}
