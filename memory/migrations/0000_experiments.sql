CREATE TABLE `experiment_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`experiment_id` integer NOT NULL,
	`timestamp` integer NOT NULL,
	`rank` integer NOT NULL,
	`symbol` text NOT NULL,
	`strategy` text NOT NULL,
	`params` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`total_return` real NOT NULL,
	`cagr` real,
	`volatility` real,
	`sharpe_ratio` real,
	`sortino_ratio` real,
	`max_drawdown` real NOT NULL,
	`calmar_ratio` real,
	`win_rate` real,
	`profit_factor` real,
	`num_trades` integer NOT NULL,
	`exposure` real NOT NULL,
	`final_equity` real NOT NULL,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `experiment_results_experiment_idx` ON `experiment_results` (`experiment_id`);--> statement-breakpoint
CREATE INDEX `experiment_results_timestamp_idx` ON `experiment_results` (`timestamp`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_timestamp_idx` ON `experiment_results` (`symbol`,`timestamp`);--> statement-breakpoint
CREATE INDEX `experiment_results_strategy_timestamp_idx` ON `experiment_results` (`strategy`,`timestamp`);--> statement-breakpoint
CREATE INDEX `experiment_results_sharpe_idx` ON `experiment_results` (`sharpe_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_sharpe_idx` ON `experiment_results` (`symbol`,`sharpe_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_total_return_idx` ON `experiment_results` (`total_return`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_total_return_idx` ON `experiment_results` (`symbol`,`total_return`);--> statement-breakpoint
CREATE TABLE `experiments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`timestamp` integer NOT NULL,
	`user_query` text NOT NULL,
	`symbols` text NOT NULL,
	`strategies` text NOT NULL,
	`parameters` text NOT NULL,
	`results` text NOT NULL,
	`execution_time` real NOT NULL,
	`agent_trace` text NOT NULL,
	`request_spec` text NOT NULL,
	`run_window` text NOT NULL,
	`data_files` text NOT NULL,
	`engine_settings` text NOT NULL,
	`optimization` text,
	`app_version` text NOT NULL,
	`session_id` text,
	`rerun_of` integer
);
--> statement-breakpoint
CREATE INDEX `experiments_timestamp_idx` ON `experiments` (`timestamp`);--> statement-breakpoint
CREATE INDEX `experiments_symbols_idx` ON `experiments` (`symbols`);--> statement-breakpoint
CREATE INDEX `experiments_strategies_idx` ON `experiments` (`strategies`);