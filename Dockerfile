# syntax=docker/dockerfile:1
# JobSentinel: build with the .NET SDK, run on Debian (Debian's chromium package; Ubuntu's is a snap)
# with the ASP.NET Core runtime copied from the official image.
#   docker build -t jobsentinel --build-arg SOURCE_COMMIT=$(git rev-parse HEAD) .
#   docker run -p 8080:8080 -v jobsentinel-data:/data jobsentinel

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG SOURCE_COMMIT=unknown
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY JobSentinel.Core/JobSentinel.Core.csproj JobSentinel.Core/
COPY JobSentinel.Web/JobSentinel.Web.csproj JobSentinel.Web/
RUN dotnet restore JobSentinel.Web/JobSentinel.Web.csproj -r linux-x64
COPY JobSentinel.Core/ JobSentinel.Core/
COPY JobSentinel.Web/ JobSentinel.Web/
RUN dotnet publish JobSentinel.Web/JobSentinel.Web.csproj -c Release -r linux-x64 --self-contained false --no-restore \
      -p:PublishReadyToRun=true \
      -p:SourceRevisionId="${SOURCE_COMMIT}" -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS dotnet-runtime

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates curl tzdata libicu72 libssl3 zlib1g \
      chromium fonts-liberation fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
COPY --from=dotnet-runtime /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin jobsentinel \
 && mkdir -p /data && chown jobsentinel:jobsentinel /data
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    JobSentinel__DataDirectory=/data
WORKDIR /app
COPY --from=build /app ./
USER jobsentinel
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "JobSentinel.Web.dll"]
