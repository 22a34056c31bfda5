using CloudFlow.Server;

CloudFlowApp.Build(args).Run();
