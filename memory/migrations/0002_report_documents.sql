CREATE TABLE `experiment_reports` (
	`experiment_id` integer PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE cascade
);
