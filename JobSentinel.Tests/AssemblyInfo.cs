// Integration tests start whole app instances (Hangfire keeps some global state): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
