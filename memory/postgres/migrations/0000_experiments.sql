CREATE TABLE "experiment_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"experiment_id" integer NOT NULL,
	"timestamp" bigint NOT NULL,
	"rank" integer NOT NULL,
	"symbol" text NOT NULL,
	"strategy" text NOT NULL,
	"params" jsonb NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"total_return" double precision NOT NULL,
	"cagr" double precision,
	"volatility" double precision,
	"sharpe_ratio" double precision,
	"sortino_ratio" double precision,
	"max_drawdown" double precision NOT NULL,
	"calmar_ratio" double precision,
	"win_rate" double precision,
	"profit_factor" double precision,
	"num_trades" integer NOT NULL,
	"exposure" double precision NOT NULL,
	"final_equity" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"id" serial PRIMARY KEY NOT NULL,
	"timestamp" bigint NOT NULL,
	"user_query" text NOT NULL,
	"symbols" jsonb NOT NULL,
	"strategies" jsonb NOT NULL,
	"parameters" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"execution_time" double precision NOT NULL,
	"agent_trace" jsonb NOT NULL,
	"request_spec" jsonb NOT NULL,
	"run_window" jsonb NOT NULL,
	"data_files" jsonb NOT NULL,
	"engine_settings" jsonb NOT NULL,
	"optimization" jsonb,
	"app_version" text NOT NULL,
	"session_id" text,
	"rerun_of" integer
);
--> statement-breakpoint
ALTER TABLE "experiment_results" ADD CONSTRAINT "experiment_results_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_results_experiment_idx" ON "experiment_results" USING btree ("experiment_id");--> statement-breakpoint
CREATE INDEX "experiment_results_timestamp_idx" ON "experiment_results" USING btree ("timestamp");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_timestamp_idx" ON "experiment_results" USING btree ("symbol","timestamp");--> statement-breakpoint
CREATE INDEX "experiment_results_strategy_timestamp_idx" ON "experiment_results" USING btree ("strategy","timestamp");--> statement-breakpoint
CREATE INDEX "experiment_results_sharpe_idx" ON "experiment_results" USING btree ("sharpe_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_sharpe_idx" ON "experiment_results" USING btree ("symbol","sharpe_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_total_return_idx" ON "experiment_results" USING btree ("total_return");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_total_return_idx" ON "experiment_results" USING btree ("symbol","total_return");--> statement-breakpoint
CREATE INDEX "experiment_results_sortino_idx" ON "experiment_results" USING btree ("sortino_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_sortino_idx" ON "experiment_results" USING btree ("symbol","sortino_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_calmar_idx" ON "experiment_results" USING btree ("calmar_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_calmar_idx" ON "experiment_results" USING btree ("symbol","calmar_ratio");--> statement-breakpoint
CREATE INDEX "experiment_results_cagr_idx" ON "experiment_results" USING btree ("cagr");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_cagr_idx" ON "experiment_results" USING btree ("symbol","cagr");--> statement-breakpoint
CREATE INDEX "experiment_results_max_drawdown_idx" ON "experiment_results" USING btree ("max_drawdown");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_max_drawdown_idx" ON "experiment_results" USING btree ("symbol","max_drawdown");--> statement-breakpoint
CREATE INDEX "experiment_results_volatility_idx" ON "experiment_results" USING btree ("volatility");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_volatility_idx" ON "experiment_results" USING btree ("symbol","volatility");--> statement-breakpoint
CREATE INDEX "experiment_results_win_rate_idx" ON "experiment_results" USING btree ("win_rate");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_win_rate_idx" ON "experiment_results" USING btree ("symbol","win_rate");--> statement-breakpoint
CREATE INDEX "experiment_results_profit_factor_idx" ON "experiment_results" USING btree ("profit_factor");--> statement-breakpoint
CREATE INDEX "experiment_results_symbol_profit_factor_idx" ON "experiment_results" USING btree ("symbol","profit_factor");--> statement-breakpoint
CREATE INDEX "experiments_timestamp_idx" ON "experiments" USING btree ("timestamp");