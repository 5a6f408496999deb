using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Idempotency;

/// <summary>Maps the idempotent_requests table into a service's own model and migrations.</summary>
public static class IdempotencyModelBuilderExtensions
{
    private const string Table = "idempotent_requests";

    public static ModelBuilder AddIdempotentRequests(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotentRequest>(entity =>
        {
            entity.ToTable(Table);
            entity.HasKey(e => new { e.Subject, e.RequestId }).HasName("pk_idempotent_requests");
            entity.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(IdempotencyLimits.Subject);
            entity.Property(e => e.RequestId).HasColumnName("request_id").HasMaxLength(IdempotencyLimits.RequestId);
            entity.Property(e => e.Operation).HasColumnName("operation").HasMaxLength(IdempotencyLimits.Operation);
            entity.Property(e => e.Fingerprint).HasColumnName("fingerprint").HasMaxLength(IdempotencyLimits.Fingerprint);
            entity.Property(e => e.Result).HasColumnName("result").HasColumnType("jsonb");
            entity.Property(e => e.CreatedAt).HasColumnName("created_at");
        });
        return modelBuilder;
    }
}
