CREATE INDEX `experiment_results_sortino_idx` ON `experiment_results` (`sortino_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_sortino_idx` ON `experiment_results` (`symbol`,`sortino_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_calmar_idx` ON `experiment_results` (`calmar_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_calmar_idx` ON `experiment_results` (`symbol`,`calmar_ratio`);--> statement-breakpoint
CREATE INDEX `experiment_results_cagr_idx` ON `experiment_results` (`cagr`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_cagr_idx` ON `experiment_results` (`symbol`,`cagr`);--> statement-breakpoint
CREATE INDEX `experiment_results_max_drawdown_idx` ON `experiment_results` (`max_drawdown`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_max_drawdown_idx` ON `experiment_results` (`symbol`,`max_drawdown`);--> statement-breakpoint
CREATE INDEX `experiment_results_volatility_idx` ON `experiment_results` (`volatility`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_volatility_idx` ON `experiment_results` (`symbol`,`volatility`);--> statement-breakpoint
CREATE INDEX `experiment_results_win_rate_idx` ON `experiment_results` (`win_rate`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_win_rate_idx` ON `experiment_results` (`symbol`,`win_rate`);--> statement-breakpoint
CREATE INDEX `experiment_results_profit_factor_idx` ON `experiment_results` (`profit_factor`);--> statement-breakpoint
CREATE INDEX `experiment_results_symbol_profit_factor_idx` ON `experiment_results` (`symbol`,`profit_factor`);