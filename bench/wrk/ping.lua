-- the web stack's own ceiling: a request that touches no database
function request()
  return wrk.format("GET", "/actuator/health/liveness")
end
