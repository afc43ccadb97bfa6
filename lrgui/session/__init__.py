"""What both front ends share, without Qt: data sources, the trainer's events, application state, wording."""
