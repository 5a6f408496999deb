namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Records an integration event in the current unit of work; it is published only if, and
/// after, the business change commits.
/// </summary>
public interface IOutbox
{
    void Add<TMessage>(TMessage message)
        where TMessage : class;
}
