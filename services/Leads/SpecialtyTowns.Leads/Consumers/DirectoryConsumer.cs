using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>
/// An inbox consumer of one of Towns' project or Enterprises' gap events: each says what state of the
/// project or gap its event carries, and the directory takes it unless it knows a newer one.
/// </summary>
public abstract class DirectoryConsumer<TEvent>(LeadsDbContext db, RecordProject projects, RecordGap gaps, ILogger logger)
    : InboxConsumer<LeadsDbContext, TEvent>(db, logger)
    where TEvent : class
{
    /// <summary>The project's state the event carries, or null for a gap event.</summary>
    protected virtual ProjectEntry? ProjectOf(TEvent e) => null;

    /// <summary>The gap's state the event carries (title empty when it carries none), or null for a project event.</summary>
    protected virtual GapEntry? GapOf(TEvent e) => null;

    /// <summary>
    /// The project's state with the content a project event carries, when it carries any: a message
    /// from before the content fields has them all null, and must not read as a project without content.
    /// </summary>
    protected static ProjectEntry WithAnyContent(ProjectEntry state, string? titleEn, string? description, string? descriptionEn, IReadOnlyList<string>? cooperationModes, decimal? landAreaSquareMetres) =>
        titleEn is null && description is null && descriptionEn is null && cooperationModes is null && landAreaSquareMetres is null
            ? state
            : state.WithContent(titleEn, description, descriptionEn, cooperationModes ?? [], landAreaSquareMetres);

    protected override async Task HandleAsync(ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        // Reference data only: an applied or ignored (older) event is not worth a log line each.
        if (ProjectOf(context.Message) is { } project)
        {
            await projects.ExecuteAsync(project, cancellationToken);
        }
        else if (GapOf(context.Message) is { } gap)
        {
            await gaps.ExecuteAsync(gap, cancellationToken);
        }
    }
}
