using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyTowns.Leads.Infrastructure.Migrations
{
    /// <summary>
    /// The funnel's maintained summary (docs/leads-funnel.md): per town, leads and amounts by current stage,
    /// lost leads by reason, leads that reached each stage, and whole days spent in a stage as a histogram
    /// (so medians stay exact when towns are added up). Triggers keep it in step with leads and their stage
    /// history in the same transaction, whatever path wrote them; funnel_summary_rebuild() recomputes it
    /// (the backfill here, and after a bulk load with triggers off). Not in the EF model: read with SQL only.
    /// </summary>
    [DbContext(typeof(LeadsDbContext))]
    [Migration("20261130190500_FunnelSummary")]
    public partial class FunnelSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE funnel_summary (
                    town_id uuid NOT NULL,
                    figure varchar(10) NOT NULL,
                    stage varchar(30) NOT NULL,
                    detail varchar(60) NOT NULL,
                    leads bigint NOT NULL,
                    amount_fen bigint NOT NULL,
                    CONSTRAINT pk_funnel_summary PRIMARY KEY (town_id, figure, stage, detail)
                );

                CREATE FUNCTION funnel_stage_rank(stage text) RETURNS integer IMMUTABLE LANGUAGE sql AS $$
                    SELECT CASE stage WHEN 'Lead' THEN 0 WHEN 'Contacted' THEN 1 WHEN 'SiteVisit' THEN 2 WHEN 'Negotiating' THEN 3
                        WHEN 'Signed' THEN 4 WHEN 'Registered' THEN 5 WHEN 'ConstructionStarted' THEN 6 WHEN 'InProduction' THEN 7 END
                $$;

                CREATE FUNCTION funnel_stage_at(stage_rank integer) RETURNS text IMMUTABLE LANGUAGE sql AS $$
                    SELECT (ARRAY['Lead','Contacted','SiteVisit','Negotiating','Signed','Registered','ConstructionStarted','InProduction'])[stage_rank + 1]
                $$;

                CREATE FUNCTION funnel_add(p_town uuid, p_figure text, p_stage text, p_detail text, p_leads bigint, p_amount bigint) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO funnel_summary (town_id, figure, stage, detail, leads, amount_fen)
                    VALUES (p_town, p_figure, p_stage, p_detail, p_leads, p_amount)
                    ON CONFLICT (town_id, figure, stage, detail)
                    DO UPDATE SET leads = funnel_summary.leads + EXCLUDED.leads, amount_fen = funnel_summary.amount_fen + EXCLUDED.amount_fen
                $$;

                CREATE FUNCTION funnel_lead_delta(p_town uuid, p_stage text, p_amount bigint, p_reason text, p_sign integer) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM funnel_add(p_town, 'current', p_stage, '', p_sign, p_sign * coalesce(p_amount, 0));
                    IF p_stage = 'Lost' THEN
                        PERFORM funnel_add(p_town, 'lost', 'Lost', coalesce(p_reason, ''), p_sign, 0);
                    END IF;
                END
                $$;

                CREATE FUNCTION funnel_on_lead() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM funnel_lead_delta(NEW.town_id, NEW.stage, NEW.expected_amount_fen, NEW.lost_reason, 1);
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM funnel_lead_delta(OLD.town_id, OLD.stage, OLD.expected_amount_fen, OLD.lost_reason, -1);
                    ELSIF OLD.town_id IS DISTINCT FROM NEW.town_id OR OLD.stage IS DISTINCT FROM NEW.stage
                        OR OLD.expected_amount_fen IS DISTINCT FROM NEW.expected_amount_fen OR OLD.lost_reason IS DISTINCT FROM NEW.lost_reason THEN
                        -- Rows in stage order, so two moves in one town never wait on each other's rows crosswise.
                        IF OLD.stage <= NEW.stage THEN
                            PERFORM funnel_lead_delta(OLD.town_id, OLD.stage, OLD.expected_amount_fen, OLD.lost_reason, -1);
                            PERFORM funnel_lead_delta(NEW.town_id, NEW.stage, NEW.expected_amount_fen, NEW.lost_reason, 1);
                        ELSE
                            PERFORM funnel_lead_delta(NEW.town_id, NEW.stage, NEW.expected_amount_fen, NEW.lost_reason, 1);
                            PERFORM funnel_lead_delta(OLD.town_id, OLD.stage, OLD.expected_amount_fen, OLD.lost_reason, -1);
                        END IF;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION funnel_on_stage_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    v_town uuid;
                    v_entered timestamptz;
                    v_furthest integer;
                    v_rank integer := funnel_stage_rank(NEW.to_stage);
                BEGIN
                    SELECT town_id INTO v_town FROM leads WHERE id = NEW.lead_id;
                    IF NEW.from_stage IS NOT NULL AND NEW.from_stage <> 'Lost' THEN
                        SELECT at INTO v_entered FROM lead_stage_changes WHERE lead_id = NEW.lead_id AND sequence = NEW.sequence - 1;
                        IF v_entered IS NOT NULL THEN
                            PERFORM funnel_add(v_town, 'days', NEW.from_stage, floor(extract(epoch FROM NEW.at - v_entered) / 86400)::bigint::text, 1, 0);
                        END IF;
                    END IF;
                    IF v_rank IS NOT NULL THEN
                        SELECT max(funnel_stage_rank(to_stage)) INTO v_furthest FROM lead_stage_changes WHERE lead_id = NEW.lead_id AND sequence < NEW.sequence;
                        FOR r IN coalesce(v_furthest, -1) + 1 .. v_rank LOOP
                            PERFORM funnel_add(v_town, 'reached', funnel_stage_at(r), '', 1, 0);
                        END LOOP;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER trg_leads_funnel AFTER INSERT OR UPDATE OR DELETE ON leads FOR EACH ROW EXECUTE FUNCTION funnel_on_lead();
                CREATE TRIGGER trg_lead_stage_changes_funnel AFTER INSERT ON lead_stage_changes FOR EACH ROW EXECUTE FUNCTION funnel_on_stage_change();

                CREATE FUNCTION funnel_summary_rebuild() RETURNS void LANGUAGE sql AS $$
                    DELETE FROM funnel_summary;
                    INSERT INTO funnel_summary
                    SELECT town_id, 'current', stage, '', count(*), coalesce(sum(expected_amount_fen), 0) FROM leads GROUP BY town_id, stage;
                    INSERT INTO funnel_summary
                    SELECT town_id, 'lost', 'Lost', coalesce(lost_reason, ''), count(*), 0 FROM leads WHERE stage = 'Lost' GROUP BY town_id, coalesce(lost_reason, '');
                    INSERT INTO funnel_summary
                    SELECT l.town_id, 'days', c.from_stage, floor(extract(epoch FROM c.at - p.at) / 86400)::bigint::text, count(*), 0
                    FROM lead_stage_changes c
                    JOIN lead_stage_changes p ON p.lead_id = c.lead_id AND p.sequence = c.sequence - 1
                    JOIN leads l ON l.id = c.lead_id
                    WHERE c.from_stage IS NOT NULL AND c.from_stage <> 'Lost'
                    GROUP BY 1, 3, 4;
                    INSERT INTO funnel_summary
                    SELECT l.town_id, 'reached', funnel_stage_at(s.r), '', count(*), 0
                    FROM (SELECT lead_id, max(funnel_stage_rank(to_stage)) AS furthest FROM lead_stage_changes GROUP BY lead_id) f
                    JOIN leads l ON l.id = f.lead_id
                    JOIN generate_series(0, 7) s(r) ON s.r <= f.furthest
                    GROUP BY 1, 3;
                $$;

                SELECT funnel_summary_rebuild();

                -- Signed projects overdue to start: a small, shrinking set read on every funnel.
                CREATE INDEX ix_deals_not_started ON deals (town_id, planned_start_on) WHERE terminated_at IS NULL AND construction_started_on IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_deals_not_started;
                DROP TRIGGER IF EXISTS trg_lead_stage_changes_funnel ON lead_stage_changes;
                DROP TRIGGER IF EXISTS trg_leads_funnel ON leads;
                DROP FUNCTION IF EXISTS funnel_summary_rebuild();
                DROP FUNCTION IF EXISTS funnel_on_stage_change();
                DROP FUNCTION IF EXISTS funnel_on_lead();
                DROP FUNCTION IF EXISTS funnel_lead_delta(uuid, text, bigint, text, integer);
                DROP FUNCTION IF EXISTS funnel_add(uuid, text, text, text, bigint, bigint);
                DROP FUNCTION IF EXISTS funnel_stage_at(integer);
                DROP FUNCTION IF EXISTS funnel_stage_rank(text);
                DROP TABLE IF EXISTS funnel_summary;
                """);
        }
    }
}
